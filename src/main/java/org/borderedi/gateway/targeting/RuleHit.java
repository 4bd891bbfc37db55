package org.borderedi.gateway.targeting;

import java.util.List;
import org.borderedi.gateway.decisions.DecisionKind;

/**
 * What a rule found in a shipment: its code (the decisions' native code), the decisions it calls for, in order, and a
 * sentence for the filer.
 */
record RuleHit(String code, List<DecisionKind> kinds, String text) {

    RuleHit {
        kinds = List.copyOf(kinds);
    }
}
