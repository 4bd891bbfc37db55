package org.borderedi.gateway.targeting;

import java.util.List;
import java.util.Map;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.model.Mode;

/**
 * The decisions a rule gives, by the shipment's mode: a do-not-load for air and a hold for the rest, say. A mode the
 * rule file does not name, and a shipment without a mode, get the {@code default} entry.
 */
record ModeDecisions(Map<Mode, List<DecisionKind>> byMode, List<DecisionKind> otherwise) {

    ModeDecisions {
        byMode = Map.copyOf(byMode);
        otherwise = List.copyOf(otherwise);
    }

    static ModeDecisions always(DecisionKind... kinds) {
        return new ModeDecisions(Map.of(), List.of(kinds));
    }

    List<DecisionKind> forMode(Mode mode) {
        return mode == null ? otherwise : byMode.getOrDefault(mode, otherwise);
    }
}
