package org.borderedi.gateway.intake;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files claimed whose claim is not yet settled, so a poller does not claim them again on every poll while the claim
 * is on its way. Memory only: after a restart a file may be claimed a second time, and the second claim finds it
 * already taken.
 */
public final class PendingClaims {

    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    public void add(Path file) {
        files.add(file);
    }

    public boolean contains(Path file) {
        return files.contains(file);
    }

    public void settle(Path file) {
        files.remove(file);
    }
}
