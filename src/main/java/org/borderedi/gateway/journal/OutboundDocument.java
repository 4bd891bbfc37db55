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

    /**
     * A document named {@code <receipt id>-<nn>-<label>.<extension>}: the name sorts by time (receipt ids do, and
     * {@code nn} counts the filing's documents) and says what it is.
     */
    public static OutboundDocument named(String receiptId, int seq, String kind, String label, String extension,
            String controlNumber, String content) {
        return new OutboundDocument(receiptId, seq, kind, controlNumber,
                "%s-%02d-%s.%s".formatted(receiptId, seq, label, extension), content);
    }
}
