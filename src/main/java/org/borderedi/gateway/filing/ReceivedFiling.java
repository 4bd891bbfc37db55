package org.borderedi.gateway.filing;

import java.time.Instant;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.borderedi.gateway.intake.IntakeHeaders;

/**
 * A filing as intake hands it on: who sent it over which channel, under which receipt id, and where its bytes are
 * archived. Everything after intake starts from this.
 *
 * @param archiveReference the archived original, relative to the data directory (see {@code intake.Archive})
 */
public record ReceivedFiling(String receiptId, String partnerId, String channel, String originalName, long sizeBytes,
        String sha256, Instant receivedAt, String archiveReference) {

    /** Reads the intake message: the body is the archive reference, the headers say the rest. */
    public static ReceivedFiling fromIntake(
            @Header(IntakeHeaders.RECEIPT_ID) String receiptId,
            @Header(IntakeHeaders.PARTNER_ID) String partnerId,
            @Header(IntakeHeaders.CHANNEL) String channel,
            @Header(IntakeHeaders.ORIGINAL_NAME) String originalName,
            @Header(IntakeHeaders.SIZE_BYTES) Long sizeBytes,
            @Header(IntakeHeaders.SHA256) String sha256,
            @Header(IntakeHeaders.RECEIVED_AT) String receivedAt,
            @Body String archiveReference) {
        if (receiptId == null || partnerId == null || archiveReference == null || archiveReference.isBlank()) {
            throw new IllegalArgumentException("not an intake message: receipt, partner and archive reference are required");
        }
        return new ReceivedFiling(receiptId, partnerId, channel == null ? "unknown" : channel, originalName,
                sizeBytes == null ? -1 : sizeBytes, sha256, receivedAt == null ? Instant.now() : Instant.parse(receivedAt),
                archiveReference);
    }
}
