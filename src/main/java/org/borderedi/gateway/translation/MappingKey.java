package org.borderedi.gateway.translation;

import org.borderedi.gateway.edi.Syntax;

/**
 * Which mapping a message needs: its syntax, message type and version, the version written the way the catalog
 * writes it (X12 "004010", EDIFACT "D95B", Cargo-IMP "17").
 */
public record MappingKey(Syntax syntax, String message, String version) {

    /**
     * The key of a message as the syntax layer reports it; EDIFACT's "D:95B:UN" (UNH S009) becomes "D95B", an X12
     * implementation reference ("004010X123") its first six characters.
     */
    public static MappingKey of(Syntax syntax, String message, String version) {
        String v = version == null ? "" : version;
        if (syntax == Syntax.EDIFACT) {
            String[] parts = v.split(":");
            v = parts.length >= 2 ? parts[0] + parts[1] : v;
        } else if (syntax == Syntax.X12 && v.length() > 6) {
            v = v.substring(0, 6);
        }
        return new MappingKey(syntax, message, v);
    }
}
