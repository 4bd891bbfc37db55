package org.borderedi.gateway.edi;

/**
 * Control numbers for what the gateway sends: per partner and per series (X12 interchanges, X12 groups, EDIFACT
 * interchanges...), strictly increasing, never reused, and durable across restarts in the gateway.
 */
public interface ControlNumbers {

    /** The next number of the series for this partner, starting at 1. */
    long next(String partnerId, String series);
}
