package org.borderedi.gateway.model;

/**
 * An identifier kept verbatim with its scheme: a bill of lading, an air waybill, a container number, a SCAC, a
 * C-TPAT membership. The scheme says how to read the value; the gateway never reformats it.
 *
 * @param scheme one of the scheme names in {@link Schemes}, or a partner's own qualifier
 */
public record Identifier(String scheme, String value, Source source) {

    public static Identifier of(String scheme, String value) {
        return new Identifier(scheme, value, null);
    }
}
