package org.borderedi.gateway.filing;

import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.borderedi.gateway.intake.IntakeHeaders;
import org.borderedi.gateway.journal.FilingJournal;

/**
 * Writes a failed processing attempt into the filing's history, and on the last attempt that the filing now goes to
 * the dead-letter queue: the operator sees in the journal what the broker did.
 */
public final class FilingFailures {

    private final FilingJournal journal;
    private final int maximumRedeliveries;

    public FilingFailures(FilingJournal journal, int maximumRedeliveries) {
        this.journal = journal;
        this.maximumRedeliveries = maximumRedeliveries;
    }

    public void failed(@Header(IntakeHeaders.RECEIPT_ID) String receiptId, @Header("JMSXDeliveryCount") Integer deliveries,
            @Header("JMSDestination") Object queue, Exchange exchange) {
        if (receiptId == null) {
            return;
        }
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        int attempt = deliveries == null ? 1 : deliveries;
        int attempts = maximumRedeliveries + 1;
        journal.event(receiptId, "PROCESSING_FAILED", "attempt %d of %d: %s".formatted(attempt, attempts, cause));
        if (attempt >= attempts) {
            journal.event(receiptId, "DEAD_LETTERED", "moved to the dead-letter queue of " + queue + " after "
                    + attempts + " attempts; the archived original is kept");
        }
    }
}
