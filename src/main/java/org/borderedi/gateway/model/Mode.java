package org.borderedi.gateway.model;

/** How the cargo moves. */
public enum Mode {
    ROAD,
    RAIL,
    SEA,
    AIR
}
