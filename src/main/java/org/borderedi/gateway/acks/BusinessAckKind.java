package org.borderedi.gateway.acks;

/** The business acknowledgment message sets the gateway writes. */
public enum BusinessAckKind {
    /** X12 355 U.S. Customs Acceptance/Rejection, one set per answered 309/358 (ACE style). */
    X12_355,
    /** X12 824 Application Advice, one OTI loop per answered set (CBSA style). */
    X12_824,
    /** EDIFACT CUSRES, one per answered CUSCAR. */
    CUSRES,
    /** IATA Cargo-XML response message, answering an XFWB, XFZB or XFFM. */
    XFNM,
    /** CAMIR-style PER text, answering a Cargo-IMP FWB, FHL or FFM. */
    CAMIR_PER,
    /** The gateway's own XML response, answering a filing in the gateway's XML. */
    GATEWAY_RESPONSE
}
