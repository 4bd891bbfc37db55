package org.borderedi.gateway.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time the current thread has used. The benchmarks run on a machine other work shares, where wall-clock time
 * counts the waits for a core too; the thread's own CPU time is what the work cost.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThreadCpu() {
    }

    /** Nanoseconds of CPU this thread has used, or its wall-clock time where the JVM cannot tell. */
    static long nanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
