package org.borderedi.gateway.decisions;

/**
 * One line of a consignment's status log: a decision's kind, the state it put the consignment in, and whether the
 * filer is told now ({@code told}) or the decision waits (a release while a hold is open).
 */
public record StatusEntry(DecisionKind kind, HoldState state, boolean told) {

    /** A step the filer hears about. */
    public static StatusEntry told(DecisionKind kind, HoldState state) {
        return new StatusEntry(kind, state, true);
    }

    /** A step recorded but not told yet. */
    public static StatusEntry withheld(DecisionKind kind) {
        return new StatusEntry(kind, HoldState.PLACED, false);
    }
}
