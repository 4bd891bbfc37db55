package org.borderedi.gateway.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;

/**
 * Measures how fast the syntax layer validates a generated file of valid interchanges, on one thread, after a
 * warm-up: MB/s, messages/s and the heap it needed. A benchmark, not a test: run it with {@code bench validate}.
 */
public final class ValidationBenchmark {

    private static final long MIB = 1024 * 1024;

    private final SyntaxCheck check;
    private final GatewayIdentity us;

    public ValidationBenchmark(SyntaxCheck check, GatewayIdentity us) {
        this.check = check;
        this.us = us;
    }

    /**
     * What one run measured.
     *
     * @param nanos          the run's wall-clock time
     * @param cpuNanos       the CPU time of the thread that ran it: on a machine other work shares, what the run itself
     *                       cost one core (the collector's threads not counted)
     * @param mostInUseBytes the most the heap held at once (just before a collection)
     * @param mostLiveBytes  the most the heap still held just after a collection: what memory the run really kept
     */
    public record Result(long bytes, long messages, long accepted, long nanos, long cpuNanos, long mostInUseBytes,
                         long mostLiveBytes, long maxHeapBytes) {

        public double mibPerSecond() {
            return bytes / (double) MIB / (nanos / 1e9);
        }

        public double messagesPerSecond() {
            return messages / (nanos / 1e9);
        }

        /** MiB per second of the thread's own CPU time. */
        public double mibPerCpuSecond() {
            return bytes / (double) MIB / (cpuNanos / 1e9);
        }
    }

    public Result measure(Path file) throws IOException {
        AtomicLong messages = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        SyntaxEvents counter = new SyntaxEvents() {
            @Override
            public void messageChecked(MessageOutcome outcome) {
                messages.incrementAndGet();
                if (outcome.verdict().accepted()) {
                    accepted.incrementAndGet();
                }
            }
        };
        return measured(file, in -> check.check(in, ValidationProfile.standardOnly(us), counter), messages, accepted);
    }

    /** Reading a whole file, the part of a benchmark that is timed. */
    interface FileRun {
        void run(InputStream file) throws IOException;
    }

    /** Times one run over the file on this thread, watching the heap it needed. */
    static Result measured(Path file, FileRun run, AtomicLong messages, AtomicLong accepted) throws IOException {
        System.gc();
        try (HeapWatch heap = new HeapWatch()) {
            long cpuStart = ThreadCpu.nanos();
            long start = System.nanoTime();
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
                run.run(in);
            }
            long nanos = System.nanoTime() - start;
            long cpuNanos = ThreadCpu.nanos() - cpuStart;
            return new Result(Files.size(file), messages.get(), accepted.get(), nanos, cpuNanos, heap.mostInUseBytes(),
                    heap.mostLiveBytes(), Runtime.getRuntime().maxMemory());
        }
    }

    /** VmHWM of /proc/self/status on Linux: the most memory the process ever had resident. */
    private static String peakResident() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return (Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024) + " MiB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: not known
        }
        return "unknown";
    }

    public static void print(String what, Result result, PrintStream out) {
        out.printf("%s: %.1f MiB, %,d messages (%,d accepted) in %.1f s on one thread: %.2f MiB/s, %,.0f messages/s; "
                        + "%.1f s of that thread's CPU: %.2f MiB/s per core; "
                        + "heap of %d MiB: at most %d MiB in use, at most %d MiB live after a collection; "
                        + "process peak resident memory %s%n",
                what, result.bytes() / (double) MIB, result.messages(), result.accepted(), result.nanos() / 1e9,
                result.mibPerSecond(), result.messagesPerSecond(), result.cpuNanos() / 1e9, result.mibPerCpuSecond(),
                result.maxHeapBytes() / MIB,
                result.mostInUseBytes() / MIB, result.mostLiveBytes() / MIB, peakResident());
    }
}
