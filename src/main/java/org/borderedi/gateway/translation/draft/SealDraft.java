package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.Text;

/** A seal with who put it on and its kind, where the format says. */
public final class SealDraft {

    private Text number;
    private Text issuer;
    private Text type;

    public void setNumber(Text number) {
        this.number = number;
    }

    public void setIssuer(Text issuer) {
        this.issuer = issuer;
    }

    public void setType(Text type) {
        this.type = type;
    }

    Seal build() {
        return number == null ? null : new Seal(number, issuer, type);
    }
}
