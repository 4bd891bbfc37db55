package org.borderedi.gateway.model;

/** What a party is to a consignment or a filing. */
public enum PartyRole {
    SHIPPER,
    CONSIGNEE,
    NOTIFY,
    CARRIER,
    FORWARDER,
    AGENT,
    MANUFACTURER,
    SELLER,
    BUYER,
    DELIVERY,
    OTHER
}
