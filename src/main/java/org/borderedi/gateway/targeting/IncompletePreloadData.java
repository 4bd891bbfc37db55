package org.borderedi.gateway.targeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.Rule;
import org.borderedi.gateway.rules.RulePack;

/**
 * Rule 1, incomplete 7+1 data: a pre-load air shipment (PACT, ACAS) that the pre-load business rule pack finds errors
 * in gets a request for information naming each missing or invalid item. The pack is the business validation's own,
 * so targeting and the business acknowledgment never disagree on what complete means.
 */
final class IncompletePreloadData implements TargetingRule {

    private final RuleWording wording;
    private final Set<Programme> programmes;
    private final boolean airWithoutProgramme;
    private final Set<String> masterAsksOnly;
    private final RulePack pack;

    /**
     * @param programmes          the programmes whose shipments are pre-load air
     * @param airWithoutProgramme whether an air shipment naming no programme is pre-load air too
     * @param masterAsksOnly      the rule codes a master is held to: its houses are forwarded on their own
     * @param pack                the pre-load air business rule pack
     */
    IncompletePreloadData(RuleWording wording, Set<Programme> programmes, boolean airWithoutProgramme,
            Set<String> masterAsksOnly, RulePack pack) {
        this.wording = wording;
        this.programmes = Set.copyOf(programmes);
        this.airWithoutProgramme = airWithoutProgramme;
        this.masterAsksOnly = Set.copyOf(masterAsksOnly);
        this.pack = pack;
    }

    @Override
    public String code() {
        return wording.code();
    }

    @Override
    public Optional<RuleHit> assess(Shipment shipment) {
        if (!isPreload(shipment.filing())) {
            return Optional.empty();
        }
        boolean master = shipment.consignment().role() == ConsignmentRole.MASTER;
        List<BusinessFinding> errors = new ArrayList<>();
        for (Rule rule : pack.rules()) {
            if (!master || masterAsksOnly.contains(rule.code())) {
                rule.check(shipment.filing(), finding -> {
                    if (finding.isError()) {
                        errors.add(finding);
                    }
                });
            }
        }
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return wording.hit(shipment, errors.stream().map(f -> f.text() + " (" + f.code() + ")")
                .distinct().collect(Collectors.joining("; ")));
    }

    private boolean isPreload(Filing filing) {
        if (filing.programmes().isEmpty()) {
            return airWithoutProgramme && filing.mode() == Mode.AIR;
        }
        return filing.programmes().stream().anyMatch(programmes::contains);
    }
}
