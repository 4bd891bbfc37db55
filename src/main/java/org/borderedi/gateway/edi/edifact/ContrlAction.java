package org.borderedi.gateway.edi.edifact;

import org.borderedi.gateway.edi.Verdict;

/**
 * CONTRL's action codes (0083), as the CONTRL message defines them: 4 rejects the level it is given for and every
 * level below it, 7 acknowledges the level and every level below it that is not explicitly rejected in the same
 * CONTRL, 8 only confirms that the interchange was received.
 *
 * <p>The gateway answers with 7 or 4 and never with 8: it checks every interchange down to its data elements before
 * it answers, so it always knows more than "received"; 8 is for a receiver that acknowledges receipt before (or
 * instead of) checking and takes on to report the outcome later, which would mean a second CONTRL.
 */
enum ContrlAction {
    REJECTED("4"),
    ACKNOWLEDGED("7"),
    RECEIVED("8");

    private final String code;

    ContrlAction(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    static ContrlAction of(Verdict verdict) {
        return verdict.accepted() ? ACKNOWLEDGED : REJECTED;
    }
}
