package org.borderedi.gateway.edi;

/** The syntax acknowledgments the gateway writes. */
public enum AckKind {
    TA1,
    X12_997,
    X12_999,
    CONTRL
}
