package org.borderedi.gateway.model;

import java.util.List;

/** A structured postal address; {@code country} is the ISO 3166 alpha-2 code as the filer gave it. */
public record Address(List<Text> street, Text city, Text subdivision, Text postalCode, Text country) {

    public Address {
        street = List.copyOf(street);
    }

    public boolean isEmpty() {
        return street.isEmpty() && city == null && subdivision == null && postalCode == null && country == null;
    }
}
