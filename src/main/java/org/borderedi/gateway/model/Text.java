package org.borderedi.gateway.model;

/** A value exactly as the filer wrote it, with where it came from. */
public record Text(String value, Source source) {

    public Text {
        if (value == null) {
            throw new IllegalArgumentException("a text needs a value");
        }
    }

    public static Text of(String value) {
        return new Text(value, null);
    }
}
