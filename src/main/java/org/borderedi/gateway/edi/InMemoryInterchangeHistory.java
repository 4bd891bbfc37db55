package org.borderedi.gateway.edi;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An interchange history that lasts as long as the process, with no window: for tests. */
public final class InMemoryInterchangeHistory implements InterchangeHistory {

    private final Map<String, Instant> arrivals = new ConcurrentHashMap<>();

    @Override
    public Optional<Instant> firstArrival(Syntax syntax, Party sender, String controlNumber) {
        Instant now = Instant.now();
        Instant first = arrivals.putIfAbsent(syntax + " " + sender + " " + controlNumber, now);
        return Optional.ofNullable(first);
    }
}
