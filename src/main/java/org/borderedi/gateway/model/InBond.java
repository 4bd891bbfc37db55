package org.borderedi.gateway.model;

/** An in-bond movement: its type, number and where the bond ends. */
public record InBond(Text type, Identifier number, Place destination, Text carrier) {
}
