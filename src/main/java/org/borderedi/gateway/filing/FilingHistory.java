package org.borderedi.gateway.filing;

import java.util.stream.Collectors;
import org.borderedi.gateway.acks.MessageVerdict;
import org.borderedi.gateway.journal.FilingJournal;

/** Writes each step's outcome into the filing's history, in a sentence an operator can read. */
public final class FilingHistory {

    private final FilingJournal journal;

    public FilingHistory(FilingJournal journal) {
        this.journal = journal;
    }

    public void received(ReceivedFiling received) {
        journal.event(received.receiptId(), "RECEIVED", "%s over %s from %s, %d bytes, sha256 %s".formatted(
                received.originalName(), received.channel(), received.partnerId(), received.sizeBytes(), received.sha256()));
    }

    public void checked(CheckedFiling checked) {
        String interchanges = checked.interchangeOutcomes().stream()
                .map(o -> "interchange " + o.header().controlNumber() + " " + o.verdict())
                .collect(Collectors.joining(", "));
        long accepted = checked.messages().stream().filter(m -> m.outcome().verdict().accepted()).count();
        journal.event(checked.received().receiptId(), checked.unreadable().isEmpty() ? "SYNTAX_CHECKED" : "UNREADABLE",
                "%s; %s; %d of %d messages syntax-accepted, %d translated, %d syntax acknowledgments%s".formatted(
                        checked.detection().description(), interchanges.isEmpty() ? "no interchange" : interchanges,
                        accepted, checked.messages().size(), checked.messages().stream().filter(m -> m.translated()).count(),
                        checked.syntaxAcks().size(),
                        checked.unreadable().isEmpty() ? "" : "; unreadable: " + String.join("; ", checked.unreadable())));
    }

    public void reviewed(ReviewedFiling reviewed) {
        long accepted = reviewed.verdicts().stream().filter(MessageVerdict::accepted).count();
        String codes = reviewed.verdicts().stream().flatMap(v -> v.findings().stream())
                .filter(f -> f.isError()).map(f -> f.code()).distinct().collect(Collectors.joining(","));
        journal.event(reviewed.checked().received().receiptId(), "BUSINESS_REVIEWED",
                "%d of %d messages accepted%s; %d business acknowledgments".formatted(accepted, reviewed.verdicts().size(),
                        codes.isEmpty() ? "" : " (errors " + codes + ")", reviewed.businessAcks().size()));
    }

    /** A filing redelivered after it was journaled: what was journaled is sent again, nothing is redone. */
    public void replayed(String receiptId) {
        journal.event(receiptId, "REPLAYED", "already journaled: sending what the journal holds");
    }
}
