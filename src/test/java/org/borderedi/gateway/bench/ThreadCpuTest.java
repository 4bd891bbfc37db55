package org.borderedi.gateway.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {

    @Test
    void counts_no_time_the_thread_spends_waiting() {
        long wallStart = System.nanoTime();
        long cpuStart = ThreadCpu.nanos();

        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(300));

        long cpu = ThreadCpu.nanos() - cpuStart;
        long wall = System.nanoTime() - wallStart;
        assertTrue(wall >= TimeUnit.MILLISECONDS.toNanos(250), "parked for " + wall + " ns");
        assertTrue(cpu < TimeUnit.MILLISECONDS.toNanos(100), "a parked thread used " + cpu + " ns of CPU");
    }
}
