package org.borderedi.gateway.targeting;

import java.time.Instant;
import java.util.Set;

/**
 * A container released at a perimeter port, as the seal record keeps it.
 *
 * @param container  the container number, normalised ({@link PerimeterSeals#containerKey})
 * @param seals      its seal numbers when released, normalised
 * @param port       the perimeter port's code (CAPRR)
 * @param releasedAt when the release was recorded
 */
public record PerimeterRelease(String container, Set<String> seals, String port, Instant releasedAt) {

    public PerimeterRelease {
        seals = Set.copyOf(seals);
    }
}
