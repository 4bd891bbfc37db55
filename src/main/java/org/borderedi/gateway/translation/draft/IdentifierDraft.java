package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Text;

/** An identifier with its scheme, for segments that carry a qualifier and a value (N9, RFF, REF, NM1 ids). */
public final class IdentifierDraft {

    private String scheme = Schemes.OTHER;
    private Text value;

    public void setScheme(String scheme) {
        this.scheme = scheme;
    }

    public void setValue(Text value) {
        this.value = value;
    }

    Identifier build() {
        return value == null ? null : new Identifier(scheme, value.value(), value.source());
    }

    static Identifier of(String scheme, Text value) {
        return value == null ? null : new Identifier(scheme, value.value(), value.source());
    }
}
