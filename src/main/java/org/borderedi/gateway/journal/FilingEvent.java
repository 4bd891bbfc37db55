package org.borderedi.gateway.journal;

import java.time.Instant;

/** One line of a filing's append-only history: what happened, when, in a sentence. */
public record FilingEvent(long id, String receiptId, Instant occurredAt, String kind, String detail) {
}
