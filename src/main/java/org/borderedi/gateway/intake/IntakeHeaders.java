package org.borderedi.gateway.intake;

/**
 * Names of the JMS headers that travel with a filing from intake onwards (and of the few that only a claim carries).
 * They are plain identifiers so that any JMS client, not only Camel, can read them.
 */
public final class IntakeHeaders {

    /** The gateway's id for one received file or message: unique, sortable by time, safe as a file name. */
    public static final String RECEIPT_ID = "receiptId";
    public static final String PARTNER_ID = "partnerId";
    /** {@code sftp}, {@code remote-sftp} or {@code jms}. */
    public static final String CHANNEL = "channel";
    /** The name the partner gave the file (or the JMS message id), sanitised: for people, never for paths. */
    public static final String ORIGINAL_NAME = "originalName";
    public static final String SIZE_BYTES = "sizeBytes";
    /** SHA-256 of the archived bytes, lower-case hex. */
    public static final String SHA256 = "sha256";
    /** ISO-8601 instant at which the gateway took the filing. */
    public static final String RECEIVED_AT = "receivedAt";

    /** Where a claim's file is, as the poller saw it. */
    public static final String CLAIM_SOURCE = "claimSource";
    public static final String CLAIM_SIZE = "claimSize";
    public static final String CLAIM_MODIFIED = "claimModified";
    /** Identity of a file on a partner's own server, so a re-download after a crash is recognised. */
    public static final String CLAIM_REMOTE_KEY = "claimRemoteKey";
    /** Why the upload was refused while it was being written, if it was. */
    public static final String CLAIM_REFUSAL = "claimRefusal";

    /** What became of a claim or an inbound message: see {@link IntakeOutcome}. */
    public static final String OUTCOME = "intakeOutcome";
    /** The reason behind a rejection or a dropped claim, for the log line. */
    public static final String OUTCOME_REASON = "intakeReason";

    private IntakeHeaders() {
    }
}
