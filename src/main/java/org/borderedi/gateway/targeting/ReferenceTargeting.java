package org.borderedi.gateway.targeting;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Purpose;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * The reference engine: rules as data, in a versioned rule file. It stands in for an agency's targeting system in the
 * embedded default run and in demos, answering each forwarded shipment with the decisions an external system would
 * send. Thread-safe when its seal record is.
 */
public final class ReferenceTargeting {

    /** The agency its decisions name. */
    public static final String AGENCY = "REFERENCE-TARGETING";

    private final TargetingRules rules;
    private final PerimeterSeals perimeter;
    private final List<TargetingRule> risks;
    private final Clock clock;

    public ReferenceTargeting(TargetingRules rules, SealRecord seals, Clock clock) {
        this.rules = rules;
        this.clock = clock;
        this.perimeter = new PerimeterSeals(rules.perimeter(), seals, clock);
        this.risks = List.of(rules.preload(), rules.watchList(), rules.highRisk(), perimeter);
    }

    /** The engine with the project's rule file, an in-memory seal record and the system clock. */
    public static ReferenceTargeting load(ProjectFolders folders) throws IOException {
        Clock clock = Clock.systemUTC();
        return load(folders, new InMemorySealRecord(clock), clock);
    }

    /** The engine with the project's rule file and this seal record (the gateway's: {@link JdbcSealRecord}). */
    public static ReferenceTargeting load(ProjectFolders folders, SealRecord seals, Clock clock) throws IOException {
        return new ReferenceTargeting(TargetingRules.load(folders), seals, clock);
    }

    /**
     * The decisions for one shipment (a filing with one consignment, as forwarded), in order; empty = nothing to say
     * (a cancellation). Every risk rule that fires gives its decisions, in rule-file order; when none fires, the
     * trusted-trader fast path or else the no-risk answer. A shipment the engine releases at a perimeter port has
     * its container seals recorded.
     *
     * @throws IllegalArgumentException when the filing does not hold exactly one consignment
     */
    public List<Decision> assess(Filing shipment) {
        if (shipment.purpose() == Purpose.DELETE) {
            return List.of();
        }
        Shipment one = Shipment.of(shipment);
        List<RuleHit> hits = new ArrayList<>();
        for (TargetingRule rule : risks) {
            rule.assess(one).ifPresent(hits::add);
        }
        if (hits.isEmpty()) {
            Optional<RuleHit> clear = rules.trustedTraders().assess(one).or(() -> rules.noRiskFound().assess(one));
            clear.ifPresent(hits::add);
        }
        Instant now = clock.instant();
        List<Decision> decisions = new ArrayList<>();
        for (RuleHit hit : hits) {
            for (DecisionKind kind : hit.kinds()) {
                decisions.add(decision(one, hit, kind, now));
            }
        }
        if (decisions.stream().anyMatch(d -> d.kind() == DecisionKind.RELEASE)) {
            perimeter.released(one);
        }
        return decisions;
    }

    /** The rule file's version ("REFERENCE-2026.1"). */
    public String version() {
        return rules.version();
    }

    private static Decision decision(Shipment shipment, RuleHit hit, DecisionKind kind, Instant now) {
        String filingId = shipment.filing().id();
        String consignmentId = shipment.consignment().id();
        Identifier number = shipment.consignment().number();
        return new Decision(DecisionIds.of(filingId, consignmentId, hit.code(), kind), filingId, consignmentId,
                number == null ? null : number.scheme(), number == null ? null : number.value(), AGENCY, kind,
                hit.code(), hit.text(), now);
    }
}
