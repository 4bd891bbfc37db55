package org.borderedi.gateway.model;

/** A seal on a piece of equipment, with who put it on. */
public record Seal(Text number, Text issuer, Text type) {
}
