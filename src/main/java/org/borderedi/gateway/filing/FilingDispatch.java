package org.borderedi.gateway.filing;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.borderedi.gateway.intake.IntakeHeaders;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.journal.OutboundDocument;
import org.borderedi.gateway.journal.TargetingForward;
import org.borderedi.gateway.outbound.OutboundHeaders;

/**
 * Turns a journaled document or shipment into the message that carries it (the content as body, its identity in
 * headers), and notes in the filing's history that it was handed to the broker.
 */
public final class FilingDispatch {

    /** Headers targeting reads to correlate a shipment with its filing. */
    public static final String FILING_ID = "filingId";
    public static final String CONSIGNMENT_ID = "consignmentId";
    public static final String BILL = "bill";
    public static final String MASTER_BILL = "masterBill";
    public static final String PROGRAMMES = "programmes";

    private final FilingJournal journal;
    private final TargetingPayload payload;

    public FilingDispatch(FilingJournal journal, TargetingPayload payload) {
        this.journal = journal;
        this.payload = payload;
    }

    public void document(OutboundDocument document, Exchange exchange) {
        Message message = exchange.getMessage();
        message.setHeader(IntakeHeaders.RECEIPT_ID, document.receiptId());
        message.setHeader(OutboundHeaders.DOCUMENT_SEQ, document.seq());
        message.setHeader(OutboundHeaders.DOCUMENT_KIND, document.kind());
        message.setHeader(OutboundHeaders.FILE_NAME, document.fileName());
        message.setBody(document.content());
        journal.event(document.receiptId(), "ANSWER_QUEUED", document.kind() + " " + document.fileName());
    }

    public void shipment(TargetingForward forward, Exchange exchange) {
        Message message = exchange.getMessage();
        message.setHeader(IntakeHeaders.RECEIPT_ID, forward.receiptId());
        message.setHeader(FILING_ID, forward.filingId());
        message.setHeader(CONSIGNMENT_ID, forward.consignmentId());
        message.setHeader(BILL, forward.bill());
        message.setHeader(MASTER_BILL, forward.masterBill());
        message.setHeader(PROGRAMMES, forward.programmes());
        message.setHeader(Exchange.CONTENT_TYPE, payload.contentType());
        message.setBody(forward.payload());
        journal.event(forward.receiptId(), "FORWARDED", "message " + forward.messageSeq() + " consignment "
                + forward.consignmentId() + (forward.bill() == null ? "" : " (" + forward.bill() + ")"));
    }
}
