package org.borderedi.gateway.edi;

/**
 * The answer for an interchange, group or message, as acknowledgments give it: X12 A, E, P, R (AK5, AK9, TA104);
 * EDIFACT CONTRL action 7 (acknowledged) for the first two, 4 (rejected) for a rejection.
 */
public enum Verdict {
    ACCEPTED("A"),
    ACCEPTED_WITH_ERRORS("E"),
    /** A group of which some messages were accepted and some rejected (X12 AK9 only). */
    PARTIALLY_ACCEPTED("P"),
    REJECTED("R");

    private final String x12;

    Verdict(String x12) {
        this.x12 = x12;
    }

    public String x12() {
        return x12;
    }

    public boolean accepted() {
        return this != REJECTED;
    }
}
