package org.borderedi.gateway.model;

/** The part a place plays in a route. */
public enum PlaceRole {
    ORIGIN,
    LOADING,
    DEPARTURE,
    TRANSIT,
    FIRST_ARRIVAL,
    ARRIVAL,
    DISCHARGE,
    DELIVERY,
    DESTINATION,
    IN_BOND_DESTINATION
}
