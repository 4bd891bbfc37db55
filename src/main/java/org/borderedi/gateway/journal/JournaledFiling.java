package org.borderedi.gateway.journal;

import java.time.Instant;
import java.util.List;

/**
 * A filing as the journal holds it once processed: where it came from, what it was, how it ended, its messages, and
 * everything that is to leave the gateway because of it. Replaying it sends exactly the same documents and forwards.
 *
 * @param format  what the file was, for people ("X12 interchange, version 00401")
 * @param outcome ACCEPTED, PARTLY_ACCEPTED, REJECTED or UNREADABLE
 */
public record JournaledFiling(String receiptId, String partnerId, String channel, String originalName, long sizeBytes,
        String sha256, String archiveReference, Instant receivedAt, String format, String outcome,
        List<JournaledMessage> messages, List<OutboundDocument> documents, List<TargetingForward> forwards) {

    public JournaledFiling {
        messages = List.copyOf(messages);
        documents = List.copyOf(documents);
        forwards = List.copyOf(forwards);
    }
}
