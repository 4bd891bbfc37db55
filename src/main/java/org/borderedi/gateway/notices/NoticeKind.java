package org.borderedi.gateway.notices;

/** The status notice message sets the gateway writes, one per filer format. */
public enum NoticeKind {
    /** X12 350 Customs Status Information (004010, group SO), the disposition code in X4-07: X12 filers. */
    X12_350,
    /** EDIFACT CUSRES carrying the decision in the 7365 processing indicator (GIS): EDIFACT filers. */
    CUSRES,
    /** CAMIR-style PSN lines ({@code PSN <awb>-<hawb> CSN/<code>/...}): Cargo-IMP filers. */
    CAMIR_PSN,
    /** Cargo-XML customs status notification (XCSN 3.00 style): Cargo-XML filers. */
    XCSN,
    /** The gateway's own {@code <statusNotice>} ({@code mappings/canonical/status-notice.xsd}): gateway-XML filers, JMS back ends. */
    CANONICAL_DECISION
}
