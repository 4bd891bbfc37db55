package org.borderedi.gateway.model;

/** Dangerous goods data of a goods line. */
public record Hazmat(Text unNumber, Text hazardClass, Text packingGroup, Text properShippingName, Text contact) {
}
