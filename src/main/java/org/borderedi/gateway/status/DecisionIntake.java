package org.borderedi.gateway.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.borderedi.gateway.decisions.ConsignmentStatus;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.StatusEntry;
import org.borderedi.gateway.journal.DecisionTarget;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.journal.JournaledFiling;
import org.borderedi.gateway.journal.JournaledMessage;
import org.borderedi.gateway.journal.OutboundDocument;
import org.borderedi.gateway.journal.StatusLog;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.notices.NoticeDocument;
import org.borderedi.gateway.notices.StatusNotice;
import org.borderedi.gateway.notices.StatusNotices;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.runtime.Failpoints;

/**
 * Takes one decision: finds the consignment it names, moves that consignment's status (holds and releases
 * independent), and writes the notices that tell the filer, in its own format, journaled with the status steps in one
 * transaction. A decision received before yields nothing; one naming no consignment the gateway forwarded is
 * rejected.
 */
public final class DecisionIntake {

    private final StatusLog log;
    private final FilingJournal filings;
    private final PartnerRegistry partners;
    private final StatusNotices notices;
    private final CanonicalXml canonicalXml;

    public DecisionIntake(StatusLog log, FilingJournal filings, PartnerRegistry partners, StatusNotices notices,
            CanonicalXml canonicalXml) {
        this.log = log;
        this.filings = filings;
        this.partners = partners;
        this.notices = notices;
        this.canonicalXml = canonicalXml;
    }

    /**
     * The partner to tell and the notices to send it, journaled.
     *
     * @param send false for a decision received before in another message (a duplicate: nothing is told again)
     */
    public record Notices(String partnerId, List<OutboundDocument> documents, boolean send) {
    }

    /**
     * @param messageId the broker message the decision came in: when the journal already holds the decision from this
     *                  message, the attempt that journaled it did not commit its sends (a crash, a failure), so its
     *                  notices go again (delivery sends each document once)
     */
    public Notices take(@Body Decision decision, @Header("JMSMessageID") String messageId) {
        DecisionTarget target = log.target(decision).orElseThrow(() -> new DecisionRejected("decision "
                + decision.decisionId() + " names no consignment the gateway forwarded"
                + (decision.bill() == null ? " (filing " + decision.filingId() + ", consignment " + decision.consignmentId() + ")"
                        : " (bill " + decision.bill() + ")")));
        Filing filing = filing(target);
        Consignment consignment = filing.consignment(target.consignmentId());
        Partner partner = partners.byId(target.partnerId()).orElse(null);
        List<StatusEntry> steps = ConsignmentStatus.replay(log.entries(target.partnerId(), target.bill())).decide(decision.kind());
        Optional<List<OutboundDocument>> journaled = log.record(decision, messageId, target, steps, (recorded, firstSeq) -> {
            List<OutboundDocument> documents = new ArrayList<>();
            for (StatusEntry step : recorded) {
                if (!step.told()) {
                    continue;
                }
                Decision told = step.kind() == decision.kind() ? decision : new Decision(decision.decisionId(),
                        decision.filingId(), decision.consignmentId(), decision.billScheme(), decision.bill(),
                        decision.agency(), step.kind(), decision.nativeCode(), decision.text(), decision.decidedAt());
                notices.write(new StatusNotice(told, step.state(), filing, consignment), partner)
                        .ifPresent(notice -> documents.add(document(target.receiptId(), firstSeq + documents.size(), notice)));
            }
            return documents;
        });
        if (journaled.isEmpty()) {
            if (log.recordedFrom(decision.decisionId(), messageId)) {
                List<OutboundDocument> again = log.notices(decision.decisionId());
                filings.event(target.receiptId(), "DECISION_REPLAYED", "%s %s: %d notices sent again".formatted(
                        decision.kind(), decision.decisionId(), again.size()));
                return new Notices(target.partnerId(), again, true);
            }
            filings.event(target.receiptId(), "DECISION_DUPLICATE", "%s %s received before: nothing told again"
                    .formatted(decision.kind(), decision.decisionId()));
            return new Notices(target.partnerId(), List.of(), false);
        }
        List<OutboundDocument> sent = journaled.get();
        filings.event(target.receiptId(), "DECISION", "%s %s from %s about consignment %s (%s): %d notices".formatted(
                decision.kind(), decision.decisionId(), decision.agency(), target.consignmentId(), target.bill(), sent.size()));
        Failpoints.reach("decision.journaled");
        return new Notices(target.partnerId(), sent, true);
    }

    private Filing filing(DecisionTarget target) {
        JournaledFiling journaled = filings.find(target.receiptId()).orElseThrow(() -> new IllegalStateException(
                "the journal forwarded from " + target.receiptId() + " but does not hold it"));
        JournaledMessage message = journaled.messages().stream().filter(m -> m.seq() == target.messageSeq()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no message " + target.messageSeq() + " in " + target.receiptId()));
        try {
            return canonicalXml.read(new ByteArrayInputStream(message.canonicalXml().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the journaled filing " + target.receiptId(), e);
        }
    }

    private static OutboundDocument document(String receiptId, int seq, NoticeDocument notice) {
        return OutboundDocument.named(receiptId, seq, notice.kind().name(), NoticeLabels.label(notice.kind()),
                notice.fileExtension(), notice.controlNumber(), notice.text());
    }
}
