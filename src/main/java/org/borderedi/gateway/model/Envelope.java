package org.borderedi.gateway.model;

/**
 * The envelope a message came in: control numbers at each level and who sent it to whom. Null where the format
 * has no such level (Cargo-IMP has none of them).
 */
public record Envelope(String interchange, String group, String message, Identifier sender, Identifier receiver,
        boolean test) {

    public static final Envelope NONE = new Envelope(null, null, null, null, null, false);
}
