package org.borderedi.gateway.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The answer a partner gets when something it sent could not be taken: one short text naming the receipt, what it
 * sent and why. SFTP partners find it in their {@code outbound/} folder; JMS partners on their reply queue.
 */
public record RejectionNotice(String receiptId, String originalName, Instant receivedAt, String reason) {

    public String text() {
        return """
                Not taken: %s
                Receipt: %s
                Received: %s
                Reason: %s
                Nothing from this file or message was processed. Correct it and send it again.
                """.formatted(originalName, receiptId, receivedAt, reason);
    }

    /**
     * Writes the notice into an outbound folder as {@code <receipt id>.intake-rejected.txt}: the name sorts by time
     * and says what it is; it appears whole (temporary name, then rename).
     */
    public Path deliverTo(Path outboundFolder) throws IOException {
        Path notice = outboundFolder.resolve(receiptId + ".intake-rejected.txt");
        if (!Files.exists(notice)) {
            DurableFiles.write(notice, text());
        }
        return notice;
    }
}
