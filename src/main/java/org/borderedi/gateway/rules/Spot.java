package org.borderedi.gateway.rules;

import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Source;

/**
 * A place in a filing a rule speaks of: the bill (null for the filing itself), the canonical field path, words for
 * the field, its value as written (null when missing) and its source (the nearest one when missing).
 */
record Spot(Consignment bill, String field, String words, String value, Source source) {

    static Spot missing(Consignment bill, String field, String words, Source nearest) {
        return new Spot(bill, field, words, null, nearest);
    }

    /** "house 2 (HAWB SEL22222222)", or "the filing" for a spot outside the bills. */
    String subject() {
        return bill == null ? "the filing" : Bills.label(bill);
    }

    BusinessFinding finding(Rule rule, String text) {
        return new BusinessFinding(rule.code(), rule.severity(), text, bill == null ? null : bill.id(),
                bill == null ? null : bill.number(), field, source, value);
    }
}
