package org.borderedi.gateway.model;

/**
 * The format a filing arrived in.
 *
 * @param standard X12, EDIFACT, CARGO-IMP, CARGO-XML or GATEWAY-XML
 * @param message  309, CUSCAR, FWB, XFWB, Filing, ...
 * @param version  004010, D95B, 17, 3.00, ...
 */
public record SourceFormat(String standard, String message, String version) {
}
