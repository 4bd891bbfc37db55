package org.borderedi.gateway.partners;

import java.util.Objects;

/** A credential we must present to someone else; it never shows up in logs or {@code toString()}. */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "******";
    }
}
