package org.borderedi.gateway.targeting;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.borderedi.gateway.decisions.DecisionKind;

/**
 * The engine's decision ids: a name-based UUID of the filing, the consignment, the rule code and the decision kind, so
 * that assessing a shipment again yields the same ids and the gateway's intake sees a duplicate, not a new decision.
 * The kind is part of the name because one rule may give two decisions (assessment complete and release).
 */
final class DecisionIds {

    private DecisionIds() {
    }

    static String of(String filingId, String consignmentId, String code, DecisionKind kind) {
        String name = String.join("\n", String.valueOf(filingId), String.valueOf(consignmentId), code, kind.name());
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
