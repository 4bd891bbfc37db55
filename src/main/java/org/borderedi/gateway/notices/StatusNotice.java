package org.borderedi.gateway.notices;

import java.util.Objects;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;

/**
 * One decision about one consignment, in the state its hold is in, with the filing it is about (as journaled:
 * canonical model, envelope, the filer's format).
 */
public record StatusNotice(Decision decision, HoldState state, Filing filing, Consignment consignment) {

    public StatusNotice {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decision.kind(), "decision kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(filing, "filing");
        Objects.requireNonNull(consignment, "consignment");
    }

    /**
     * What the notice tells the filer in words: the agency's text, or when it sent none, the decision and state
     * ("DO NOT LOAD STILL IN PLACE").
     */
    String sentence() {
        if (decision.text() != null && !decision.text().isBlank()) {
            return decision.text().strip();
        }
        String kind = decision.kind().name().replace('_', ' ');
        return switch (state) {
            case PLACED -> kind;
            case IN_PLACE -> kind + " STILL IN PLACE";
            case RESOLVED -> kind + " RESOLVED";
        };
    }

    /** Who decided, or "CUSTOMS" when the decision names no agency. */
    String agency() {
        return decision.agency() == null || decision.agency().isBlank() ? "CUSTOMS" : decision.agency().strip();
    }
}
