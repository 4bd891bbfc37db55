package org.borderedi.gateway.rules;

import static org.borderedi.gateway.model.Programme.ACAS;
import static org.borderedi.gateway.model.Programme.ACE_OCEAN;
import static org.borderedi.gateway.model.Programme.ACE_RAIL;
import static org.borderedi.gateway.model.Programme.ACE_TRUCK;
import static org.borderedi.gateway.model.Programme.ACI_AIR;
import static org.borderedi.gateway.model.Programme.ACI_HIGHWAY;
import static org.borderedi.gateway.model.Programme.ACI_MARINE;
import static org.borderedi.gateway.model.Programme.ACI_RAIL;
import static org.borderedi.gateway.model.Programme.PACT;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Programme;

/**
 * The registry of rule packs: which packs a filing is held to. The COMMON pack always applies; then every pack of a
 * programme the filing names, or, when it names none, the default pack of its mode.
 */
public final class RulePacks {

    public static final String COMMON = "COMMON";
    public static final String PRELOAD_AIR = "PRELOAD_AIR";
    public static final String CONVEYANCE_REPORT = "CONVEYANCE_REPORT";
    /**
     * Message sets that report a conveyance and the bills it carries (a flight manifest, a trip or train consist), not
     * the bills themselves: their parties and descriptions are the business of the bills' own filings.
     */
    private static final Set<String> CONVEYANCE_REPORTS = Set.of("FFM", "XFFM", "358");
    public static final String RELEASE = "2026.1";

    private final RulePack common;
    private final List<RulePack> packs;
    private final Map<Mode, RulePack> modeDefaults;

    /**
     * @param common       the pack every filing gets
     * @param packs        the programme packs, chosen by the programmes a filing names
     * @param modeDefaults the pack for a filing that names no programme, by mode
     */
    public RulePacks(RulePack common, List<RulePack> packs, Map<Mode, RulePack> modeDefaults) {
        this.common = common;
        this.packs = List.copyOf(packs);
        this.modeDefaults = Map.copyOf(modeDefaults);
    }

    /**
     * The gateway's packs. Without programmes, SEA gets ACE_OCEAN, ROAD ACE_TRUCK, RAIL ACE_RAIL, and AIR the
     * PRELOAD_AIR pack (the pre-load rules PACT and ACAS share); a filing with neither gets COMMON alone.
     *
     * @param clock today, for the date range rule
     */
    public static RulePacks standard(Clock clock) {
        List<Rule> preload = PreloadAirRules.rules();
        List<Rule> parties = RequiredParties.shipperAndConsignee();
        RulePack aceOcean = pack("ACE_OCEAN", Set.of(ACE_OCEAN), parties);
        RulePack aceTruck = pack("ACE_TRUCK", Set.of(ACE_TRUCK), parties);
        RulePack aceRail = pack("ACE_RAIL", Set.of(ACE_RAIL), parties);
        RulePack preloadAir = pack(PRELOAD_AIR, Set.of(), preload);
        List<RulePack> packs = List.of(aceOcean, aceTruck, aceRail,
                pack("ACI_MARINE", Set.of(ACI_MARINE), parties),
                pack("ACI_HIGHWAY", Set.of(ACI_HIGHWAY), RequiredParties.aciHighway()),
                pack("ACI_RAIL", Set.of(ACI_RAIL), parties),
                pack("ACI_AIR", Set.of(ACI_AIR), parties),
                pack("PACT", Set.of(PACT), preload),
                pack("ACAS", Set.of(ACAS), preload),
                preloadAir,
                pack(CONVEYANCE_REPORT, Set.of(), List.of()));
        Map<Mode, RulePack> byMode = new EnumMap<>(Mode.class);
        byMode.put(Mode.SEA, aceOcean);
        byMode.put(Mode.ROAD, aceTruck);
        byMode.put(Mode.RAIL, aceRail);
        byMode.put(Mode.AIR, preloadAir);
        return new RulePacks(pack(COMMON, Set.of(), CommonRules.rules(clock)), packs, byMode);
    }

    public RulePack common() {
        return common;
    }

    /** Every pack but COMMON, in registry order. */
    public List<RulePack> packs() {
        return packs;
    }

    /** The pack of this name (COMMON included), or null. */
    public RulePack named(String name) {
        if (common.name().equals(name)) {
            return common;
        }
        return packs.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * The packs the filing is held to: COMMON first, then its programmes' packs in registry order or its mode's; a
     * conveyance report (FFM, XFFM, 358) is held to COMMON and CONVEYANCE_REPORT only.
     */
    public List<RulePack> select(Filing filing) {
        List<RulePack> selected = new ArrayList<>();
        selected.add(common);
        if (filing.format() != null && CONVEYANCE_REPORTS.contains(filing.format().message())) {
            RulePack report = named(CONVEYANCE_REPORT);
            if (report != null) {
                selected.add(report);
            }
        } else if (filing.programmes().isEmpty()) {
            RulePack byMode = filing.mode() == null ? null : modeDefaults.get(filing.mode());
            if (byMode != null) {
                selected.add(byMode);
            }
        } else {
            packs.stream().filter(p -> filing.programmes().stream().anyMatch(p.programmes()::contains))
                    .forEach(selected::add);
        }
        return selected;
    }

    private static RulePack pack(String name, Set<Programme> programmes, List<Rule> rules) {
        return new RulePack(name, name + "-" + RELEASE, programmes, rules);
    }
}
