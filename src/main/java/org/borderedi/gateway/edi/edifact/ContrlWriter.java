package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.borderedi.gateway.edi.AckOutput;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.Partner;

/**
 * Answers each EDIFACT interchange it hears about with a CONTRL (syntax and service report) through {@link AckOutput},
 * when the sender asked for one (UNB 0031), when the partner wants one always, and whenever anything in the
 * interchange was rejected. The CONTRL goes back to the sender, from the gateway identity it addressed, in its syntax
 * level and version, with its separators (and a UNA when it had one), and points at every segment and data element in
 * error. It is written as the interchange is read; see {@link ContrlReply} for what each level says.
 *
 * <p>AckOutput's writer takes characters: whoever delivers the CONTRL encodes them in the character set of its
 * syntax identifier (ASCII for UNOA and UNOB, ISO 8859-1 for UNOC, ..., UTF-8 for UNOW and UNOY).
 */
public final class ContrlWriter implements SyntaxEvents {

    /** The control number series of the CONTRL interchanges the gateway sends. */
    public static final String SERIES = "edifact-interchange";

    private final ValidationProfile profile;
    private final ControlNumbers numbers;
    private final AckOutput out;
    private final Clock clock;
    private ContrlReply current;

    public ContrlWriter(ValidationProfile profile, ControlNumbers numbers, AckOutput out) {
        this(profile, numbers, out, Clock.systemUTC());
    }

    /** With the clock that dates the CONTRL interchanges (UNB 0017/0019). */
    public ContrlWriter(ValidationProfile profile, ControlNumbers numbers, AckOutput out, Clock clock) {
        this.profile = profile;
        this.numbers = numbers;
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        if (header.syntax() != Syntax.EDIFACT) {
            current = null;
            return;
        }
        boolean always = profile.acknowledgments().contrl() == AckPolicy.ALWAYS;
        String partner = profile.partner().map(Partner::id).orElse("standard");
        // the delimiters tell whether the interchange had a UNA (Delimiters.declared): the CONTRL mirrors it
        current = new ContrlReply(header, from(header), header.ackRequested() || always,
                () -> String.valueOf(numbers.next(partner, SERIES)), out, clock);
    }

    @Override
    public void groupStarted(GroupHeader header) {
        if (current != null) {
            current.groupStarted(header);
        }
    }

    @Override
    public void messageChecked(MessageOutcome outcome) {
        if (current != null) {
            run(() -> current.messageChecked(outcome));
        }
    }

    @Override
    public void groupEnded(GroupOutcome outcome) {
        if (current != null) {
            run(() -> current.groupEnded(outcome));
        }
    }

    @Override
    public void interchangeEnded(InterchangeOutcome outcome) {
        if (current != null) {
            ContrlReply reply = current;
            current = null;
            run(() -> reply.interchangeEnded(outcome));
        }
    }

    /**
     * The CONTRL comes from the identity the interchange was addressed to when that is the gateway; one addressed to
     * someone else is answered from the gateway's first EDIFACT identity, never in another party's name.
     */
    private Party from(InterchangeHeader header) {
        return EdifactAckInterchange.answeringParty(header, profile.us());
    }

    private static void run(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CONTRL", e);
        }
    }

    /** A step that writes to the acknowledgment output. */
    private interface Writing {
        void run() throws IOException;
    }
}
