package org.borderedi.gateway.filing;

import org.borderedi.gateway.acks.BusinessAckKind;
import org.borderedi.gateway.edi.AckKind;
import org.borderedi.gateway.journal.OutboundDocument;

/**
 * Every kind of answer the gateway sends a partner about a filing, with the label and extension of the name it is
 * delivered under (see {@link OutboundDocument#named}).
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
        return OutboundDocument.named(receiptId, seq, name(), label, extension, controlNumber, content);
    }

    static DocumentKind of(AckKind kind) {
        return valueOf(kind.name());
    }

    static DocumentKind of(BusinessAckKind kind) {
        return valueOf(kind.name());
    }
}
