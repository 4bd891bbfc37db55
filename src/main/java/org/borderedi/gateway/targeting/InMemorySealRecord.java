package org.borderedi.gateway.targeting;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seal record in memory, for tests and for the engine run on its own: forgotten on restart. The gateway keeps its
 * record in the journal ({@link JdbcSealRecord}). Thread-safe.
 */
public final class InMemorySealRecord implements SealRecord {

    private final Map<String, PerimeterRelease> releases = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemorySealRecord(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void released(String container, Set<String> seals, String port) {
        String key = PerimeterSeals.containerKey(container);
        releases.put(key, new PerimeterRelease(key, PerimeterSeals.sealKeys(seals), port, clock.instant()));
    }

    @Override
    public Optional<PerimeterRelease> releasedAt(String container) {
        return Optional.ofNullable(releases.get(PerimeterSeals.containerKey(container)));
    }
}
