package org.borderedi.gateway.edi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Control numbers that last as long as the process: for the validate command and for tests. */
public final class InMemoryControlNumbers implements ControlNumbers {

    private final Map<String, AtomicLong> series = new ConcurrentHashMap<>();

    @Override
    public long next(String partnerId, String name) {
        return series.computeIfAbsent(partnerId + "\n" + name, key -> new AtomicLong()).incrementAndGet();
    }
}
