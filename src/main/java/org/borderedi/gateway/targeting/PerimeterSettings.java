package org.borderedi.gateway.targeting;

import java.time.Duration;
import java.util.Set;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.PlaceRole;

/**
 * What the rule file says of the perimeter: which ports are perimeter ports, which places of a route count as arriving
 * there, which modes are released at the perimeter and which arrive at the land border, and how long a perimeter
 * release is compared.
 *
 * @param ports           perimeter port codes, upper case (CAPRR, CAMTR), in whatever scheme the routes use
 * @param maxTransit      a perimeter release older than this is not compared with a land-border arrival
 */
record PerimeterSettings(RuleWording wording, Set<String> ports, Set<PlaceRole> placeRoles, Set<Mode> perimeterModes,
        Set<Mode> landBorderModes, Duration maxTransit) {

    PerimeterSettings {
        ports = Set.copyOf(ports);
        placeRoles = Set.copyOf(placeRoles);
        perimeterModes = Set.copyOf(perimeterModes);
        landBorderModes = Set.copyOf(landBorderModes);
    }
}
