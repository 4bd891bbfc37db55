package org.borderedi.gateway.journal;

/**
 * Something the gateway sends back to a partner about a filing (an acknowledgment, a notice), journaled before it
 * is sent.
 *
 * @param kind     what it is: TA1, X12_997, CONTRL, X12_355, CUSRES, XFNM, REJECTION...
 * @param fileName the name it is delivered under: it sorts by time and says what it is; unique
 */
public record OutboundDocument(String receiptId, int seq, String kind, String controlNumber, String fileName,
        String content) {
}
