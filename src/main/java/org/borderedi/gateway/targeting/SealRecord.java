package org.borderedi.gateway.targeting;

import java.util.Optional;
import java.util.Set;

/**
 * What the engine remembers about containers released at the perimeter: their seal numbers, so that a land-border
 * arrival under other seals shows tampering.
 */
public interface SealRecord {

    /** Notes that the container was released at the perimeter port with these seals; a later release replaces it. */
    void released(String container, Set<String> seals, String port);

    /** The container's last perimeter release, if there was one. */
    Optional<PerimeterRelease> releasedAt(String container);
}
