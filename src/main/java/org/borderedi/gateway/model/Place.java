package org.borderedi.gateway.model;

/**
 * A place in a route with the time that goes with it (departure from a loading port, arrival at the first port).
 *
 * @param location the place code with its scheme (UNLOCODE, IATA airport, Schedule D/K, CBSA office)
 * @param time     the date or date-time as written (ISO 8601 where the mapping could tell), or null
 */
public record Place(PlaceRole role, Identifier location, Text name, Text time) {
}
