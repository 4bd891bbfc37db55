package org.borderedi.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReceiptIdsTest {

    private static final Instant AT = Instant.parse("2026-11-22T14:12:33.512Z");

    @Test
    void ids_sort_by_time_of_receipt_and_are_unique() {
        String first = ReceiptIds.next(AT);
        String second = ReceiptIds.next(AT);
        assertTrue(first.startsWith("20261122T141233512Z-"), first);
        assertNotEquals(first, second);
        assertTrue(ReceiptIds.next(AT.plusMillis(1)).compareTo(first) > 0);
        assertTrue(ReceiptIds.isWellFormed(first));
    }

    @Test
    void the_same_message_always_gets_the_same_id() {
        assertEquals(ReceiptIds.derived(AT, "acme", "ID:host-1:1:1:1"), ReceiptIds.derived(AT, "acme", "ID:host-1:1:1:1"));
        assertNotEquals(ReceiptIds.derived(AT, "acme", "ID:host-1:1:1:1"), ReceiptIds.derived(AT, "beta", "ID:host-1:1:1:1"));
        assertTrue(ReceiptIds.isWellFormed(ReceiptIds.derived(AT, "acme", "ID:x")));
    }

    @Test
    void recognises_what_is_not_a_receipt_id() {
        assertFalse(ReceiptIds.isWellFormed("../../x"));
        assertFalse(ReceiptIds.isWellFormed("20261122T141233512Z-4F9A2C1BE07D"));
        assertFalse(ReceiptIds.isWellFormed(null));
    }
}
