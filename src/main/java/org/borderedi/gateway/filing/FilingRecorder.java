package org.borderedi.gateway.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.borderedi.gateway.acks.BusinessAck;
import org.borderedi.gateway.acks.MessageVerdict;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.intake.RejectionNotice;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.journal.JournaledFiling;
import org.borderedi.gateway.journal.JournaledMessage;
import org.borderedi.gateway.journal.OutboundDocument;
import org.borderedi.gateway.journal.TargetingForward;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Programme;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.runtime.Failpoints;

/**
 * Persist before ack: turns a reviewed filing into its journal entry (messages, the documents that answer it, one
 * canonical shipment per consignment of each accepted message) and commits it. Nothing leaves the gateway before
 * this; afterwards only what is journaled is sent.
 */
public final class FilingRecorder {

    private final FilingJournal journal;
    private final CanonicalXml canonicalXml;
    private final Function<Filing, String> payload;
    private final RefilingNotices refiling;

    public FilingRecorder(FilingJournal journal, CanonicalXml canonicalXml, Function<Filing, String> payload,
            RefilingNotices refiling) {
        this.journal = journal;
        this.canonicalXml = canonicalXml;
        this.payload = payload;
        this.refiling = refiling;
    }

    public JournaledFiling record(ReviewedFiling reviewed) {
        CheckedFiling checked = reviewed.checked();
        ReceivedFiling received = checked.received();
        List<JournaledMessage> messages = new ArrayList<>();
        List<TargetingForward> forwards = new ArrayList<>();
        for (int i = 0; i < reviewed.verdicts().size(); i++) {
            MessageVerdict verdict = reviewed.verdicts().get(i);
            int seq = i + 1;
            messages.add(message(seq, verdict));
            if (verdict.accepted()) {
                for (Consignment consignment : verdict.filing().consignments()) {
                    forwards.add(forward(received.receiptId(), seq, verdict.filing(), consignment));
                }
            }
        }
        JournaledFiling entry = new JournaledFiling(received.receiptId(), received.partnerId(), received.channel(),
                received.originalName(), received.sizeBytes(), received.sha256(), received.archiveReference(),
                received.receivedAt(), checked.detection().description(), outcome(checked, reviewed.verdicts()), messages,
                withStillInPlace(documents(reviewed), reviewed), forwards);
        JournaledFiling journaled = journal.journal(entry);
        // crash tests: the filing is committed to the journal, nothing has been sent yet
        Failpoints.reach("filing.journaled");
        return journaled;
    }

    private JournaledMessage message(int seq, MessageVerdict verdict) {
        var outcome = verdict.message();
        String findings = Stream.concat(outcome.findings().stream().map(Object::toString),
                verdict.findings().stream().map(FilingRecorder::line)).collect(Collectors.joining("\n"));
        String business = verdict.filing() == null ? "NOT_REVIEWED" : verdict.accepted() ? "ACCEPTED" : "REJECTED";
        return new JournaledMessage(seq, outcome.interchange(), outcome.group(), outcome.type(), outcome.controlNumber(),
                outcome.verdict().name(), business, verdict.problem(), findings.isEmpty() ? null : findings,
                verdict.filing() == null ? null : canonicalXml.toXml(verdict.filing()));
    }

    private TargetingForward forward(String receiptId, int seq, Filing filing, Consignment consignment) {
        Filing shipment = FilingNames.only(filing, consignment);
        return new TargetingForward(receiptId, seq, consignment.id(), value(consignment.number()),
                value(shipment.consignments().get(0).parentReference()),
                filing.programmes().stream().map(Programme::name).collect(Collectors.joining(",")),
                payload.apply(shipment));
    }

    private static List<OutboundDocument> documents(ReviewedFiling reviewed) {
        CheckedFiling checked = reviewed.checked();
        String receiptId = checked.received().receiptId();
        List<OutboundDocument> documents = new ArrayList<>();
        for (CollectedAcks.Ack ack : checked.syntaxAcks()) {
            DocumentKind kind = DocumentKind.of(ack.kind());
            documents.add(kind.document(receiptId, documents.size() + 1, null, ack.text()));
        }
        for (BusinessAck ack : reviewed.businessAcks()) {
            DocumentKind kind = DocumentKind.of(ack.kind());
            documents.add(kind.document(receiptId, documents.size() + 1, ack.controlNumber(), ack.text()));
        }
        if (documents.isEmpty() && !checked.unreadable().isEmpty()) {
            ReceivedFiling received = checked.received();
            String notice = new RejectionNotice(receiptId, received.originalName(), received.receivedAt(),
                    String.join("; ", checked.unreadable())).text();
            documents.add(DocumentKind.REJECTION.document(receiptId, 1, null, notice));
        }
        return documents;
    }

    /** The answers, then a "still in place" notice for each accepted consignment filed again under an open hold. */
    private List<OutboundDocument> withStillInPlace(List<OutboundDocument> answers, ReviewedFiling reviewed) {
        List<OutboundDocument> documents = new ArrayList<>(answers);
        String receiptId = reviewed.checked().received().receiptId();
        for (MessageVerdict verdict : reviewed.verdicts()) {
            if (!verdict.accepted()) {
                continue;
            }
            for (Consignment consignment : verdict.filing().consignments()) {
                for (RefilingNotices.Notice notice : refiling.notices(reviewed.checked().partner().id(), verdict.filing(),
                        consignment)) {
                    documents.add(OutboundDocument.named(receiptId, documents.size() + 1, notice.kind(), notice.label(),
                            notice.extension(), notice.controlNumber(), notice.text()));
                }
            }
        }
        return documents;
    }

    private static String outcome(CheckedFiling checked, List<MessageVerdict> verdicts) {
        long accepted = verdicts.stream().filter(MessageVerdict::accepted).count();
        if (verdicts.isEmpty() && !checked.unreadable().isEmpty()) {
            return "UNREADABLE";
        }
        if (accepted == 0) {
            return "REJECTED";
        }
        boolean whole = accepted == verdicts.size() && checked.unreadable().isEmpty()
                && checked.interchangeOutcomes().stream().allMatch(o -> o.verdict().accepted());
        return whole ? "ACCEPTED" : "PARTLY_ACCEPTED";
    }

    private static String line(BusinessFinding finding) {
        return finding.severity() + " " + finding.code() + " consignment " + finding.consignmentId() + " "
                + finding.field() + (finding.source() == null ? "" : " at " + finding.source()) + ": " + finding.text();
    }

    private static String value(Identifier identifier) {
        return identifier == null ? null : identifier.value();
    }
}
