package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.Seal;
import org.borderedi.gateway.model.Source;
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

    /** Whether this seal has no issuer yet and its number was read from the segment this value was read from. */
    boolean readFromSameSegmentAs(Text value) {
        Source mine = number == null ? null : number.source();
        Source theirs = value.source();
        return issuer == null && mine != null && theirs != null && mine.segment().equals(theirs.segment())
                && mine.position() == theirs.position();
    }
}
