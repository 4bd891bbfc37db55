package org.borderedi.gateway.outbound;

/** Headers of a document on its way to a partner (on the outbound queue), readable by any JMS client. */
public final class OutboundHeaders {

    public static final String DOCUMENT_SEQ = "documentSeq";
    public static final String DOCUMENT_KIND = "documentKind";
    public static final String FILE_NAME = "fileName";
    /** Set by delivery: how the document goes on ({@code folder}, {@code reply-queue}, {@code done}). */
    public static final String DELIVER_BY = "deliverBy";
    /** Set by delivery for JMS partners: the registry's reply queue. */
    public static final String REPLY_QUEUE = "replyQueue";

    private OutboundHeaders() {
    }
}
