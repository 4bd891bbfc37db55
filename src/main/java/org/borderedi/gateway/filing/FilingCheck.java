package org.borderedi.gateway.filing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.Detection;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.SyntaxAcknowledgers;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.intake.Archive;
import org.borderedi.gateway.intake.ErrorArea;
import org.borderedi.gateway.journal.JdbcInterchangeHistory;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.runtime.Failpoints;
import org.borderedi.gateway.translation.FileTranslation;
import org.borderedi.gateway.translation.TranslatedMessage;

/**
 * The syntax step of the flow: reads the archived original once, checking it against the standard and the partner's
 * profile (identities, formats, duplicates) while each accepted message is translated, and writes the syntax
 * acknowledgments. A file that cannot be read, or an interchange from a sender the partner does not own, is also
 * kept in the error area for the operator.
 */
public final class FilingCheck {

    private final PartnerRegistry partners;
    private final GatewayIdentity us;
    private final JdbcInterchangeHistory history;
    private final ControlNumbers numbers;
    private final FileTranslation translation;
    private final Archive archive;
    private final ErrorArea errors;

    public FilingCheck(PartnerRegistry partners, GatewayIdentity us, JdbcInterchangeHistory history, ControlNumbers numbers,
            FileTranslation translation, Archive archive, ErrorArea errors) {
        this.partners = partners;
        this.us = us;
        this.history = history;
        this.numbers = numbers;
        this.translation = translation;
        this.archive = archive;
        this.errors = errors;
    }

    public CheckedFiling check(ReceivedFiling received) throws IOException {
        Partner partner = partners.byId(received.partnerId()).orElseThrow(() -> new IllegalStateException(
                "receipt " + received.receiptId() + " names partner '" + received.partnerId() + "', not in the registry"));
        ValidationProfile profile = ValidationProfile.forPartner(partner, us, history.forReceipt(received.receiptId()));
        SyntaxRecord record = new SyntaxRecord();
        CollectedAcks acks = new CollectedAcks();
        List<TranslatedMessage> messages = new ArrayList<>();
        Detection detection;
        try (InputStream original = archive.open(received.archiveReference())) {
            detection = translation.translate(original, profile, messages::add,
                    new AcknowledgingListener(profile, acks, record));
        }
        CheckedFiling checked = new CheckedFiling(received, partner, detection, record.interchanges, record.outcomes,
                messages, acks.acks(), record.unreadable);
        quarantineIfNeeded(checked);
        // crash tests: checked and translated (arrivals and control numbers taken), nothing journaled yet
        Failpoints.reach("filing.checked");
        return checked;
    }

    private void quarantineIfNeeded(CheckedFiling checked) throws IOException {
        String reason = null;
        if (!checked.unreadable().isEmpty()) {
            reason = "unreadable: " + String.join("; ", checked.unreadable());
        } else if (checked.interchangeOutcomes().stream().flatMap(o -> o.findings().stream())
                .anyMatch(f -> f.code() == FindingCode.SENDER_NOT_AUTHORIZED)) {
            reason = "the envelope names a sender that is not an identity of partner " + checked.partner().id();
        }
        if (reason != null) {
            ReceivedFiling received = checked.received();
            try (InputStream original = archive.open(received.archiveReference())) {
                errors.keep(original, new ErrorArea.Refusal(received.receiptId(), received.partnerId(), received.channel(),
                        received.originalName(), reason));
            }
        }
    }

    /**
     * Starts the syntax's acknowledgment writer on the first interchange header (the syntax is known by then) and
     * passes every event to it and to the record.
     */
    private final class AcknowledgingListener implements SyntaxEvents {
        private final ValidationProfile profile;
        private final CollectedAcks acks;
        private final SyntaxRecord record;
        private SyntaxEvents acknowledger = new SyntaxEvents() { };
        private boolean started;

        AcknowledgingListener(ValidationProfile profile, CollectedAcks acks, SyntaxRecord record) {
            this.profile = profile;
            this.acks = acks;
            this.record = record;
        }

        @Override
        public void interchangeStarted(InterchangeHeader header) {
            if (!started) {
                started = true;
                acknowledger = SyntaxAcknowledgers.forSyntax(header.syntax(), profile, numbers, acks)
                        .orElse(acknowledger);
            }
            record.interchangeStarted(header);
            acknowledger.interchangeStarted(header);
        }

        @Override
        public void groupStarted(GroupHeader header) {
            acknowledger.groupStarted(header);
        }

        @Override
        public void messageChecked(MessageOutcome outcome) {
            acknowledger.messageChecked(outcome);
        }

        @Override
        public void groupEnded(GroupOutcome outcome) {
            acknowledger.groupEnded(outcome);
        }

        @Override
        public void interchangeEnded(InterchangeOutcome outcome) {
            record.interchangeEnded(outcome);
            acknowledger.interchangeEnded(outcome);
        }

        @Override
        public void unreadable(long offset, String reason) {
            record.unreadable(offset, reason);
            acknowledger.unreadable(offset, reason);
        }
    }
}
