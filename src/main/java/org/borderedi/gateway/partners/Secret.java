package org.borderedi.gateway.partners;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/** A credential we must present to someone else; it never shows up in logs or {@code toString()}. */
public record Secret(String value) {

    public Secret {
        Objects.requireNonNull(value, "value");
    }

    /** A fresh random secret (256 bits), for logins that only the gateway itself uses. */
    public static Secret random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new Secret(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return "******";
    }
}
