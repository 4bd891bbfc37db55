package org.borderedi.gateway.edi;

/** The syntax a filing is written in, as told by its first bytes. */
public enum Syntax {
    X12,
    EDIFACT,
    CARGO_IMP,
    CARGO_XML,
    GATEWAY_XML,
    UNRECOGNISED
}
