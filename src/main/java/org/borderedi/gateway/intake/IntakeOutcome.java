package org.borderedi.gateway.intake;

/** What intake did with one claim or inbound message. */
public enum IntakeOutcome {
    /** Archived with its digest; an intake message follows. */
    TAKEN,
    /** Kept in the error area with the reason, and the sender told where it can be. */
    REJECTED,
    /** Nothing to do: the file was already taken, withdrawn, or is still changing and will be claimed again. */
    DROPPED
}
