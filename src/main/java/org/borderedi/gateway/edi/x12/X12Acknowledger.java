package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import org.borderedi.gateway.edi.AckKind;
import org.borderedi.gateway.edi.AckOutput;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.Partner;

/**
 * Answers each X12 interchange the validator reads: a TA1 when the interchange asks for one (ISA14 = 1), when the
 * partner always wants one, and whenever the interchange itself is in error; and a 997 (or a 999, when the partner
 * asks for it) with one transaction set per received group, written while the groups are read and delivered only
 * when the interchange was not rejected as a whole. One instance listens to one validation run at a time.
 */
public final class X12Acknowledger implements SyntaxEvents {

    /** The control number series of the X12 interchanges the gateway sends, syntax and business acknowledgments alike. */
    public static final String INTERCHANGE_SERIES = "x12-interchange";
    /** The control number series of the functional groups in them. */
    public static final String GROUP_SERIES = "x12-group";

    private final ValidationProfile profile;
    private final ControlNumbers numbers;
    private final AckOutput out;
    private final Clock clock;
    private final String partnerId;

    private InterchangeHeader received;
    private X12Delimiters delimiters;
    private Party from;
    private AckOutput.Draft functionalDraft;
    private X12AckInterchange functionalEnvelope;
    private FunctionalAckWriter functional;

    public X12Acknowledger(ValidationProfile profile, ControlNumbers numbers, AckOutput out) {
        this(profile, numbers, out, Clock.systemDefaultZone());
    }

    /** With a clock of its own for the acknowledgments' dates and times (ISA09/ISA10, GS04/GS05). */
    public X12Acknowledger(ValidationProfile profile, ControlNumbers numbers, AckOutput out, Clock clock) {
        this.profile = profile;
        this.numbers = numbers;
        this.out = out;
        this.clock = clock;
        this.partnerId = profile.partner().map(Partner::id).orElse("standard");
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        discardFunctional();
        received = header;
        delimiters = AckEnvelope.delimitersFor(header);
        from = AckEnvelope.from(header, profile.us());
    }

    @Override
    public void groupStarted(GroupHeader header) {
        if (received == null) {
            return;
        }
        write(() -> {
            if (functional == null) {
                startFunctional(header);
            }
            functional.groupStarted(header);
        });
    }

    @Override
    public void messageChecked(MessageOutcome outcome) {
        if (functional != null) {
            write(() -> functional.messageChecked(outcome));
        }
    }

    @Override
    public void groupEnded(GroupOutcome outcome) {
        if (functional != null) {
            write(() -> functional.groupEnded(outcome));
        }
    }

    @Override
    public void interchangeEnded(InterchangeOutcome outcome) {
        if (received == null) {
            return;
        }
        try {
            write(() -> {
                boolean interchangeFindings = !outcome.findings().isEmpty();
                if (received.ackRequested() || profile.acknowledgments().ta1() == AckPolicy.ALWAYS || interchangeFindings) {
                    writeTa1(outcome);
                }
                if (functional != null) {
                    functionalEnvelope.endGroup(functional.sets());
                    functionalEnvelope.end();
                    // an interchange rejected as a whole is answered by its TA1 alone
                    if (outcome.verdict().accepted()) {
                        functionalDraft.commit();
                    }
                }
            });
        } finally {
            discardFunctional();
            received = null;
        }
    }

    private void startFunctional(GroupHeader firstGroup) throws IOException {
        boolean is999 = profile.acknowledgments().functionalAck() == FunctionalAck.X12_999;
        boolean version5 = Integer.parseInt(AckEnvelope.version(received)) >= 501;
        functionalDraft = out.start(is999 ? AckKind.X12_999 : AckKind.X12_997, received.controlNumber());
        long interchangeNumber = numbers.next(partnerId, INTERCHANGE_SERIES);
        long groupNumber = numbers.next(partnerId, GROUP_SERIES);
        functionalEnvelope = X12AckInterchange.begin(new AckSegmentWriter(functionalDraft.writer(), delimiters), received,
                from, interchangeNumber, ZonedDateTime.now(clock));
        functionalEnvelope.beginGroup(firstGroup, FunctionalAckWriter.groupVersion(is999, version5), groupNumber);
        functional = new FunctionalAckWriter(functionalEnvelope.segments(), is999, version5);
    }

    private void writeTa1(InterchangeOutcome outcome) throws IOException {
        try (AckOutput.Draft draft = out.start(AckKind.TA1, received.controlNumber())) {
            AckSegmentWriter ta1 = new AckSegmentWriter(draft.writer(), delimiters);
            Ta1Writer.write(ta1, outcome, from, numbers.next(partnerId, INTERCHANGE_SERIES), ZonedDateTime.now(clock));
            draft.commit();
        }
    }

    private void discardFunctional() {
        AckOutput.Draft draft = functionalDraft;
        functionalDraft = null;
        functionalEnvelope = null;
        functional = null;
        if (draft != null) {
            write(draft::close);
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    /** SyntaxEvents cannot throw IOException: a failing acknowledgment output stops the validation run. */
    private static void write(Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the acknowledgment", e);
        }
    }
}
