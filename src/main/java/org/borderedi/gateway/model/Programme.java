package org.borderedi.gateway.model;

/** The customs programme a filing is for; business rule packs are chosen by it. */
public enum Programme {
    ACE_OCEAN,
    ACE_TRUCK,
    ACE_RAIL,
    ACE_AIR,
    ACI_MARINE,
    ACI_HIGHWAY,
    ACI_RAIL,
    ACI_AIR,
    ACAS,
    PACT
}
