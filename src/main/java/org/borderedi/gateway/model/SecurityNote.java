package org.borderedi.gateway.model;

/**
 * Air cargo security data, as in Cargo-IMP OCI lines and Cargo-XML IncludedCustomsNote: a country, an information
 * identifier (ISS, SHP, ...), a customs/security control code (RA regulated agent, SM screening method, ...) and its
 * value.
 */
public record SecurityNote(Text country, Text informationId, Text controlCode, Text value) {
}
