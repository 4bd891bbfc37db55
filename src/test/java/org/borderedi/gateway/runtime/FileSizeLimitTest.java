package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileSizeLimitTest {

    private static final long MIB = 1024L * 1024;

    @Test
    void a_heap_large_enough_leaves_the_configured_limit() {
        FileSizeLimit limit = new FileSizeLimit(100 * MIB, 24_256 * MIB, 2);

        assertEquals(100 * MIB, limit.bytes());
        assertFalse(limit.lowered());
    }

    @Test
    void a_small_heap_lowers_the_limit_to_what_it_holds_for_each_consumer_and_says_why() {
        // (1 GiB - 256 MiB) / 2 consumers / 80 per byte = 4.8 MiB
        FileSizeLimit limit = new FileSizeLimit(100 * MIB, 1024 * MIB, 2);

        assertEquals(768 * MIB / 2 / 80, limit.bytes());
        assertTrue(limit.lowered());
        assertEquals("files and messages over 4.8 MiB are refused: gateway.intake.max-file-mib is 100, but a 1024 MiB heap "
                + "holds 2 filings of at most 4.8 MiB in process at once (about 80 MiB of heap per MiB of file); raise the "
                + "heap (java -Xmx) or lower gateway.processing.consumers to take larger files", limit.explanation());
    }

    @Test
    void one_consumer_has_the_whole_heap_and_the_limit_never_falls_under_one_mib() {
        assertEquals(768 * MIB / 80, new FileSizeLimit(100 * MIB, 1024 * MIB, 1).bytes());
        assertEquals(MIB, new FileSizeLimit(100 * MIB, 300 * MIB, 4).bytes());
    }
}
