package org.borderedi.gateway.decisions;

import java.util.Optional;

/**
 * The holds a consignment can be under, each placed and removed by its own decisions. Holds are independent of each
 * other and of releases: a release takes effect only when none is open.
 */
public enum HoldKind {
    HOLD(DecisionKind.HOLD_PLACED, DecisionKind.HOLD_REMOVED),
    DO_NOT_LOAD(DecisionKind.DO_NOT_LOAD, DecisionKind.DO_NOT_LOAD_REMOVED),
    REQUEST_FOR_INFORMATION(DecisionKind.REQUEST_FOR_INFORMATION, DecisionKind.REQUEST_FOR_INFORMATION_REMOVED),
    REQUEST_FOR_SCREENING(DecisionKind.REQUEST_FOR_SCREENING, DecisionKind.REQUEST_FOR_SCREENING_REMOVED),
    EXAMINATION(DecisionKind.EXAMINATION_REQUIRED, DecisionKind.EXAMINATION_RESULT);

    private final DecisionKind placedBy;
    private final DecisionKind removedBy;

    HoldKind(DecisionKind placedBy, DecisionKind removedBy) {
        this.placedBy = placedBy;
        this.removedBy = removedBy;
    }

    public DecisionKind placedBy() {
        return placedBy;
    }

    public DecisionKind removedBy() {
        return removedBy;
    }

    /** The hold this decision places, if it places one. */
    public static Optional<HoldKind> placedBy(DecisionKind decision) {
        for (HoldKind hold : values()) {
            if (hold.placedBy == decision) {
                return Optional.of(hold);
            }
        }
        return Optional.empty();
    }

    /** The hold this decision removes, if it removes one. */
    public static Optional<HoldKind> removedBy(DecisionKind decision) {
        for (HoldKind hold : values()) {
            if (hold.removedBy == decision) {
                return Optional.of(hold);
            }
        }
        return Optional.empty();
    }
}
