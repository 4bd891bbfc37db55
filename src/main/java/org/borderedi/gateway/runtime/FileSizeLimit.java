package org.borderedi.gateway.runtime;

import java.util.Locale;

/**
 * The largest file or message the gateway takes: {@code gateway.intake.max-file-mib}, lowered to what the heap can
 * hold while the filing flow works on as many files at once as it has consumers. The flow keeps a file's translated
 * messages until it journals them, about 65 MiB of live heap per MiB of X12 309 (measured, README): a file larger
 * than the heap can hold would fail with OutOfMemoryError on every attempt, and take the broker and the other
 * filings down with it, so it is refused at intake instead, kept for the operator, with a reason the partner reads.
 *
 * @param configuredBytes {@code gateway.intake.max-file-mib} in bytes
 * @param heapBytes       the JVM's maximum heap
 * @param consumers       {@code gateway.processing.consumers}: filings processed at once
 */
record FileSizeLimit(long configuredBytes, long heapBytes, int consumers) {

    /** Heap per byte of file while it is processed: the 65 measured, with room for the collector to work. */
    static final int HEAP_PER_FILE_BYTE = 80;
    /** Heap for everything but the filings in process: broker, SFTP server, journal pool, routes, mappings. */
    static final long RESERVED_HEAP = 256L * 1024 * 1024;
    private static final long MIB = 1024L * 1024;

    static FileSizeLimit of(long configuredBytes, int consumers) {
        return new FileSizeLimit(configuredBytes, Runtime.getRuntime().maxMemory(), consumers);
    }

    /** The limit in force: the configured one, or less when the heap cannot hold that much; never under 1 MiB. */
    long bytes() {
        return Math.min(configuredBytes, heapAllows());
    }

    /** Whether the heap lowered the configured limit. */
    boolean lowered() {
        return bytes() < configuredBytes;
    }

    /** For the start-up log, when the heap lowered the limit: what, why, and what to do about it. */
    String explanation() {
        double limit = bytes() / (double) MIB;
        return String.format(Locale.ROOT, "files and messages over %.1f MiB are refused: gateway.intake.max-file-mib is "
                + "%d, but a %d MiB heap holds %d filing%s of at most %.1f MiB in process at once (about %d MiB of heap "
                + "per MiB of file); raise the heap (java -Xmx) or lower gateway.processing.consumers to take larger files",
                limit, configuredBytes / MIB, heapBytes / MIB, consumers, consumers == 1 ? "" : "s", limit,
                HEAP_PER_FILE_BYTE);
    }

    private long heapAllows() {
        long perFiling = (heapBytes - RESERVED_HEAP) / Math.max(1, consumers);
        return Math.max(MIB, perFiling / HEAP_PER_FILE_BYTE);
    }
}
