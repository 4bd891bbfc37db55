package org.borderedi.gateway.edi;

import java.util.Optional;
import org.borderedi.gateway.edi.edifact.ContrlWriter;
import org.borderedi.gateway.edi.x12.X12Acknowledger;

/** The writer of a syntax's acknowledgments (TA1/997/999, CONTRL), for the syntaxes that have them. */
public final class SyntaxAcknowledgers {

    private SyntaxAcknowledgers() {
    }

    public static Optional<SyntaxEvents> forSyntax(Syntax syntax, ValidationProfile profile, ControlNumbers numbers,
            AckOutput out) {
        return switch (syntax) {
            case X12 -> Optional.of(new X12Acknowledger(profile, numbers, out));
            case EDIFACT -> Optional.of(new ContrlWriter(profile, numbers, out));
            default -> Optional.empty();
        };
    }
}
