package org.borderedi.gateway.decisions;

/**
 * Where a hold stands when a notice is written: just placed, still in place (a re-filed consignment, or the same
 * hold decided again), or resolved (removed). Single events (release, arrival) are PLACED.
 */
public enum HoldState {
    PLACED,
    IN_PLACE,
    RESOLVED
}
