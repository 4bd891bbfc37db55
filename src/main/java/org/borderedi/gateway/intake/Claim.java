package org.borderedi.gateway.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.Message;

/**
 * A poller's durable note that a complete file is waiting to be taken: what it is, where it is, and how it looked
 * when judged complete. Taking it later (archive, digest, publish) is one broker transaction; if the gateway dies in
 * between, the claim is redelivered and finishes the job.
 *
 * @param modified last-modified time in milliseconds, as seen when claimed
 * @param remoteKey identity of the file on a partner's own server (remote SFTP only)
 * @param refusal   why the upload was refused while being written, if it was
 */
public record Claim(
        String receiptId,
        String partnerId,
        String channel,
        String originalName,
        Instant receivedAt,
        Path source,
        long size,
        long modified,
        Optional<String> remoteKey,
        Optional<String> refusal) {

    /** Writes the claim as message headers; the body stays empty. */
    public void writeTo(Message message) {
        message.setHeader(IntakeHeaders.RECEIPT_ID, receiptId);
        message.setHeader(IntakeHeaders.PARTNER_ID, partnerId);
        message.setHeader(IntakeHeaders.CHANNEL, channel);
        message.setHeader(IntakeHeaders.ORIGINAL_NAME, originalName);
        message.setHeader(IntakeHeaders.RECEIVED_AT, receivedAt.toString());
        message.setHeader(IntakeHeaders.CLAIM_SOURCE, source.toString());
        message.setHeader(IntakeHeaders.CLAIM_SIZE, size);
        message.setHeader(IntakeHeaders.CLAIM_MODIFIED, modified);
        remoteKey.ifPresent(key -> message.setHeader(IntakeHeaders.CLAIM_REMOTE_KEY, key));
        refusal.ifPresent(reason -> message.setHeader(IntakeHeaders.CLAIM_REFUSAL, reason));
        message.setBody("");
    }

    /** Reads a claim back; a claim that is not well formed is refused, since it can only come from a fault. */
    public static Claim readFrom(Message message) {
        String receiptId = required(message, IntakeHeaders.RECEIPT_ID);
        if (!ReceiptIds.isWellFormed(receiptId)) {
            throw new IllegalArgumentException("claim with a malformed receipt id: " + receiptId);
        }
        return new Claim(
                receiptId,
                required(message, IntakeHeaders.PARTNER_ID),
                required(message, IntakeHeaders.CHANNEL),
                required(message, IntakeHeaders.ORIGINAL_NAME),
                Instant.parse(required(message, IntakeHeaders.RECEIVED_AT)),
                Path.of(required(message, IntakeHeaders.CLAIM_SOURCE)),
                Long.parseLong(required(message, IntakeHeaders.CLAIM_SIZE)),
                Long.parseLong(required(message, IntakeHeaders.CLAIM_MODIFIED)),
                Optional.ofNullable(message.getHeader(IntakeHeaders.CLAIM_REMOTE_KEY, String.class)),
                Optional.ofNullable(message.getHeader(IntakeHeaders.CLAIM_REFUSAL, String.class)));
    }

    /** Clears the claim-only headers once the claim has become an intake message. */
    public static void removeFrom(Message message) {
        message.removeHeaders("claim*");
    }

    private static String required(Message message, String header) {
        String value = message.getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("claim without " + header);
        }
        return value;
    }
}
