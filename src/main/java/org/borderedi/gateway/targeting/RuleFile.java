package org.borderedi.gateway.targeting;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.PlaceRole;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.rules.RulePack;
import org.borderedi.gateway.rules.RulePacks;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the reference engine's rule file (YAML, format in {@code mappings/targeting/README.md}) and the CSV lists it
 * names, refusing the whole file at the first problem with the field it concerns.
 */
final class RuleFile {

    private static final String FOLDER = "targeting/";
    private static final String DEFAULT = "default";

    private final ProjectFolders folders;
    private String source;

    RuleFile(ProjectFolders folders) {
        this.folders = folders;
    }

    TargetingRules read(String relativePath) throws IOException {
        source = "mappings/" + relativePath;
        Map<?, ?> top = mapping(yaml(url(relativePath)), "(file)");
        String version = text(top, "version", "version");
        Map<?, ?> lists = mapping(top.get("lists"), "lists");
        Map<?, ?> rules = mapping(top.get("rules"), "rules");

        Map<?, ?> preload = rule(rules, "incomplete-preload-data");
        // The pre-load rules read no dates, so the clock the packs are built with does not matter.
        RulePack pack = RulePacks.standard(Clock.systemUTC()).named(RulePacks.PRELOAD_AIR);
        IncompletePreloadData incomplete = new IncompletePreloadData(wording(preload, "incomplete-preload-data"),
                new LinkedHashSet<>(enums(preload, "programmes", Programme.class, "rules.incomplete-preload-data")),
                bool(preload, "air-without-programme", "rules.incomplete-preload-data"),
                new LinkedHashSet<>(texts(preload, "master-asks-only", "rules.incomplete-preload-data")), pack);

        Map<?, ?> watch = rule(rules, "watch-list");
        WatchList watchList = new WatchList(wording(watch, "watch-list"),
                enums(watch, "roles", PartyRole.class, "rules.watch-list"), watchList(lists));

        Map<?, ?> risk = rule(rules, "high-risk");
        Map<String, String> hs = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        highRisk(lists, hs, origins);
        HighRiskGoods highRisk = new HighRiskGoods(wording(risk, "high-risk"), hs, origins);

        Map<?, ?> seals = rule(rules, "seal-mismatch");
        String at = "rules.seal-mismatch";
        Set<String> ports = new LinkedHashSet<>();
        texts(seals, "perimeter-ports", at).forEach(p -> ports.add(p.strip().toUpperCase(Locale.ROOT)));
        PerimeterSettings perimeter = new PerimeterSettings(wording(seals, "seal-mismatch"), ports,
                new LinkedHashSet<>(enums(seals, "perimeter-place-roles", PlaceRole.class, at)),
                new LinkedHashSet<>(enums(seals, "perimeter-modes", Mode.class, at)),
                new LinkedHashSet<>(enums(seals, "land-border-modes", Mode.class, at)),
                Duration.ofDays(positive(seals, "max-transit-days", at)));

        Map<?, ?> trusted = rule(rules, "trusted-trader");
        TrustedTraders trustedTraders = new TrustedTraders(wording(trusted, "trusted-trader"),
                enums(trusted, "roles", PartyRole.class, "rules.trusted-trader"), trustedTraders(lists));

        NoRiskFound noRisk = new NoRiskFound(wording(rule(rules, "no-risk-found"), "no-risk-found"));
        return new TargetingRules(version, incomplete, watchList, highRisk, perimeter, trustedTraders, noRisk);
    }

    private Map<String, String> watchList(Map<?, ?> lists) throws IOException {
        String file = text(lists, "watch-list", "lists");
        Map<String, String> names = new LinkedHashMap<>();
        for (ListFile.Row row : ListFile.read(url(FOLDER + file), file, List.of("name", "reason"))) {
            String name = PartyName.normalise(row.field(0));
            if (name.isEmpty()) {
                throw new IOException(file + " line " + row.line() + ": a name is needed");
            }
            names.put(name, row.field(1));
        }
        return names;
    }

    private List<TrustedTrader> trustedTraders(Map<?, ?> lists) throws IOException {
        String file = text(lists, "trusted-traders", "lists");
        List<TrustedTrader> traders = new ArrayList<>();
        for (ListFile.Row row : ListFile.read(url(FOLDER + file), file, List.of("programme", "id", "name"))) {
            String programme = row.optional(0);
            String name = row.optional(2) == null ? null : PartyName.normalise(row.field(2));
            if (programme == null || row.optional(1) == null && (name == null || name.isEmpty())) {
                throw new IOException(file + " line " + row.line() + ": a programme and an id or a name are needed");
            }
            traders.add(new TrustedTrader(programme.toUpperCase(Locale.ROOT), row.optional(1), name));
        }
        return traders;
    }

    private void highRisk(Map<?, ?> lists, Map<String, String> hs, Map<String, String> origins) throws IOException {
        String file = text(lists, "high-risk", "lists");
        for (ListFile.Row row : ListFile.read(url(FOLDER + file), file, List.of("kind", "value", "reason"))) {
            String kind = row.field(0).toUpperCase(Locale.ROOT);
            String value = row.field(1);
            if (kind.equals("HS") && value.matches("[0-9.]+") && HighRiskGoods.hsDigits(value).matches("[0-9]{2,10}")) {
                hs.put(HighRiskGoods.hsDigits(value), row.field(2));
            } else if (kind.equals("ORIGIN") && value.matches("[A-Za-z]{2}")) {
                origins.put(HighRiskGoods.country(value), row.field(2));
            } else {
                throw new IOException(file + " line " + row.line()
                        + ": must be HS with 2 to 10 digits, or ORIGIN with an ISO 3166 alpha-2 country");
            }
        }
    }

    private RuleWording wording(Map<?, ?> rule, String name) throws IOException {
        String at = "rules." + name;
        return new RuleWording(text(rule, "code", at), decisions(rule.get("decision"), at + ".decision"),
                text(rule, "text", at));
    }

    /** {@code AIR: DO_NOT_LOAD, default: HOLD_PLACED}: a kind or a list of kinds per mode, and a required default. */
    private ModeDecisions decisions(Object value, String at) throws IOException {
        Map<?, ?> byMode = mapping(value, at);
        Map<Mode, List<DecisionKind>> kinds = new EnumMap<>(Mode.class);
        List<DecisionKind> otherwise = null;
        for (Map.Entry<?, ?> entry : byMode.entrySet()) {
            String key = String.valueOf(entry.getKey());
            List<DecisionKind> listed = kinds(entry.getValue(), at + "." + key);
            if (key.equals(DEFAULT)) {
                otherwise = listed;
            } else {
                kinds.put(constant(Mode.class, key, at), listed);
            }
        }
        if (otherwise == null) {
            throw problem(at, "needs a '" + DEFAULT + "' entry for the modes it does not name");
        }
        return new ModeDecisions(kinds, otherwise);
    }

    private List<DecisionKind> kinds(Object value, String at) throws IOException {
        List<?> items = value instanceof List<?> list ? list : List.of(String.valueOf(value));
        if (items.isEmpty()) {
            throw problem(at, "must name at least one decision kind");
        }
        List<DecisionKind> kinds = new ArrayList<>();
        for (Object item : items) {
            kinds.add(constant(DecisionKind.class, String.valueOf(item), at));
        }
        return kinds;
    }

    private <E extends Enum<E>> List<E> enums(Map<?, ?> map, String key, Class<E> type, String at) throws IOException {
        List<E> values = new ArrayList<>();
        for (String text : texts(map, key, at)) {
            values.add(constant(type, text, at + "." + key));
        }
        return values;
    }

    private <E extends Enum<E>> E constant(Class<E> type, String text, String at) throws IOException {
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            throw problem(at, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
        }
    }

    private List<String> texts(Map<?, ?> map, String key, String at) throws IOException {
        if (!(map.get(key) instanceof List<?> list)) {
            throw problem(at + "." + key, "must be a list");
        }
        return list.stream().map(String::valueOf).toList();
    }

    private String text(Map<?, ?> map, String key, String at) throws IOException {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw problem(at + "." + key, "is required");
        }
        return String.valueOf(value);
    }

    private boolean bool(Map<?, ?> map, String key, String at) throws IOException {
        if (!(map.get(key) instanceof Boolean value)) {
            throw problem(at + "." + key, "must be true or false");
        }
        return value;
    }

    private int positive(Map<?, ?> map, String key, String at) throws IOException {
        if (!(map.get(key) instanceof Integer value) || value <= 0) {
            throw problem(at + "." + key, "must be a positive whole number");
        }
        return value;
    }

    private Map<?, ?> rule(Map<?, ?> rules, String name) throws IOException {
        return mapping(rules.get(name), "rules." + name);
    }

    private Map<?, ?> mapping(Object value, String at) throws IOException {
        if (!(value instanceof Map<?, ?> map)) {
            throw problem(at, "must be a mapping");
        }
        return map;
    }

    private Object yaml(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromInputStream(in);
        } catch (YamlEngineException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    private URL url(String relativePath) throws IOException {
        return folders.mapping(relativePath)
                .orElseThrow(() -> new IOException("mappings/" + relativePath + " not found"));
    }

    private IOException problem(String at, String what) {
        return new IOException(source + ": " + at + " " + what);
    }
}
