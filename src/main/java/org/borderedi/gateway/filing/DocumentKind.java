package org.borderedi.gateway.filing;

import org.borderedi.gateway.acks.BusinessAckKind;
import org.borderedi.gateway.edi.AckKind;
import org.borderedi.gateway.journal.OutboundDocument;

/**
 * Every kind of document the gateway sends a partner about a filing, with the name it is delivered under:
 * {@code <receipt id>-<nn>-<label>.<extension>}, which sorts by time (receipt ids do) and says what it is.
 */
enum DocumentKind {
    TA1("ta1", "x12"),
    X12_997("997", "x12"),
    X12_999("999", "x12"),
    CONTRL("contrl", "edi"),
    X12_355("355", "x12"),
    X12_824("824", "x12"),
    CUSRES("cusres", "edi"),
    XFNM("xfnm", "xml"),
    CAMIR_PER("per", "txt"),
    GATEWAY_RESPONSE("response", "xml"),
    /** A file that could not be read as anything the gateway answers in a standard: a plain notice. */
    REJECTION("rejected", "txt");

    private final String label;
    private final String extension;

    DocumentKind(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    OutboundDocument document(String receiptId, int seq, String controlNumber, String content) {
        return new OutboundDocument(receiptId, seq, name(), controlNumber,
                "%s-%02d-%s.%s".formatted(receiptId, seq, label, extension), content);
    }

    static DocumentKind of(AckKind kind) {
        return valueOf(kind.name());
    }

    static DocumentKind of(BusinessAckKind kind) {
        return valueOf(kind.name());
    }
}
