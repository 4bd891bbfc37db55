package org.borderedi.gateway.targeting;

import java.io.IOException;
import java.util.List;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * The reference engine's rules as read from the versioned rule file {@code mappings/targeting/reference-rules.yaml}
 * and the lists it names: the risk rules in the order they are applied, then the trusted-trader fast path and the
 * no-risk answer. Immutable.
 */
public final class TargetingRules {

    /** The rule file, under mappings/. */
    public static final String RULE_FILE = "targeting/reference-rules.yaml";

    private final String version;
    private final IncompletePreloadData preload;
    private final WatchList watchList;
    private final HighRiskGoods highRisk;
    private final PerimeterSettings perimeter;
    private final TrustedTraders trustedTraders;
    private final NoRiskFound noRiskFound;

    TargetingRules(String version, IncompletePreloadData preload, WatchList watchList, HighRiskGoods highRisk,
            PerimeterSettings perimeter, TrustedTraders trustedTraders, NoRiskFound noRiskFound) {
        this.version = version;
        this.preload = preload;
        this.watchList = watchList;
        this.highRisk = highRisk;
        this.perimeter = perimeter;
        this.trustedTraders = trustedTraders;
        this.noRiskFound = noRiskFound;
    }

    /** Reads the rule file and its lists from the project's mappings; every problem names the file and the field. */
    public static TargetingRules load(ProjectFolders folders) throws IOException {
        return new RuleFile(folders).read(RULE_FILE);
    }

    /** The rule file's version ("REFERENCE-2026.1"). */
    public String version() {
        return version;
    }

    /** The codes of the rules, in the order they are applied. */
    public List<String> codes() {
        return List.of(preload.code(), watchList.code(), highRisk.code(), perimeter.wording().code(),
                trustedTraders.code(), noRiskFound.code());
    }

    IncompletePreloadData preload() {
        return preload;
    }

    WatchList watchList() {
        return watchList;
    }

    HighRiskGoods highRisk() {
        return highRisk;
    }

    PerimeterSettings perimeter() {
        return perimeter;
    }

    TrustedTraders trustedTraders() {
        return trustedTraders;
    }

    NoRiskFound noRiskFound() {
        return noRiskFound;
    }
}
