package org.borderedi.gateway.translation.draft;

import org.borderedi.gateway.model.SecurityNote;
import org.borderedi.gateway.model.Text;

/** One line of air cargo security data (Cargo-IMP OCI, Cargo-XML IncludedCustomsNote). */
public final class SecurityNoteDraft {

    private Text country;
    private Text informationId;
    private Text controlCode;
    private Text value;

    public void setCountry(Text country) {
        this.country = country;
    }

    public void setInformationId(Text informationId) {
        this.informationId = informationId;
    }

    public void setControlCode(Text controlCode) {
        this.controlCode = controlCode;
    }

    public void setValue(Text value) {
        this.value = value;
    }

    SecurityNote build() {
        return new SecurityNote(country, informationId, controlCode, value);
    }
}
