package org.borderedi.gateway.model;

/** What a filing does: report, change, cancel, or tell of a movement (X12 M10 manifest type, BGM 1225, ...). */
public enum Purpose {
    ORIGINAL,
    UPDATE,
    AMENDMENT,
    DELETE,
    PRELIMINARY,
    CONSIST,
    ARRIVAL,
    DEPARTURE,
    TRANSIT,
    IN_BOND,
    TRANSFER,
    CLOSE
}
