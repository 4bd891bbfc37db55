package org.borderedi.gateway.filing;

import java.util.Locale;
import java.util.function.Function;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalJson;
import org.borderedi.gateway.model.canonical.CanonicalXml;

/** The form canonical shipments take on the targeting queue ({@code gateway.targeting.payload}): XML or JSON. */
public enum TargetingPayload {
    XML("application/xml"),
    JSON("application/json");

    private final String contentType;

    TargetingPayload(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The writer of this form. */
    public Function<Filing, String> writer(CanonicalXml xml, CanonicalJson json) {
        return this == XML ? xml::toXml : json::toJson;
    }

    public static TargetingPayload of(String setting) {
        try {
            return valueOf(setting.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("gateway.targeting.payload must be xml or json, not '" + setting + "'", e);
        }
    }
}
