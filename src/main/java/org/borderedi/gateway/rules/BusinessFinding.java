package org.borderedi.gateway.rules;

import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Source;

/**
 * One thing wrong with the content of a filing, named precisely enough for a business acknowledgment (X12 355/824,
 * CUSRES, XFNM) to report it: the rule code, the bill, the canonical field, where the filer wrote it and the bad value.
 *
 * @param code          the rule code ("MISSING_SHP_NAME"), as documented in {@code mappings/rules/README.md}
 * @param text          a sentence about this very case ("house 2 (HAWB SEL22222222) has no shipper name")
 * @param consignmentId the id of the consignment the finding is about, or null when it is about the filing
 * @param bill          that consignment's own number ({@code Consignment.number()}), or null
 * @param field         the canonical field path ("parties[SHIPPER].name", "totals.grossWeight")
 * @param source        where the offending value, or the nearest value when it is missing, came from; or null
 * @param badValue      the offending value as written, or null when the value is missing
 */
public record BusinessFinding(String code, Severity severity, String text, String consignmentId, Identifier bill,
        String field, Source source, String badValue) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding with another severity, for packs that report a rule without rejecting. */
    public BusinessFinding withSeverity(Severity other) {
        return new BusinessFinding(code, other, text, consignmentId, bill, field, source, badValue);
    }
}
