package org.borderedi.gateway.edi;

/**
 * What the first bytes of a file or message say it is.
 *
 * @param description for people: "X12 interchange, version 00401", "IATA Cargo-IMP FWB/17", or for an unrecognised
 *                    format what it looks like instead ("a ZIP archive")
 */
public record Detection(Syntax syntax, String description) {
}
