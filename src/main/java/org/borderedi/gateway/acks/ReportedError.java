package org.borderedi.gateway.acks;

import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.rules.BusinessFinding;

/**
 * One error as every business acknowledgment reports it, whether a business rule, the syntax layer (for formats that
 * have no syntax acknowledgment) or the translation found it.
 *
 * @param code          the rule code ("MISSING_CNE_ADDR"), the syntax finding code, or {@link #NOT_TRANSLATED}
 * @param consignmentId the consignment it is about, or null when it is about the message
 * @param bill          that consignment's number, or null
 * @param field         the canonical field path, or null
 * @param source        where in the filer's message, or null
 * @param badValue      the offending value as written, or null when missing or unknown
 */
record ReportedError(String code, String text, String consignmentId, Identifier bill, String field, Source source,
        String badValue) {

    /** The code of a message that could not be translated to a filing. */
    static final String NOT_TRANSLATED = "NOT_TRANSLATED";

    static ReportedError of(BusinessFinding finding) {
        return new ReportedError(finding.code(), finding.text(), finding.consignmentId(), finding.bill(), finding.field(),
                finding.source(), finding.badValue());
    }

    /** A syntax finding: its position becomes the source (segment or line, position, element). */
    static ReportedError of(Finding finding) {
        Position at = finding.position();
        Source source = null;
        if (at != null && at.segmentTag() != null) {
            String element = at.element() <= 0 ? null
                    : String.format("%02d", at.element()) + (at.component() > 0 ? "." + at.component() : "");
            source = new Source(at.segmentTag(), at.segment(), element);
        }
        return new ReportedError(finding.code().name(), finding.text(), null, null, null, source, finding.badValue());
    }

    static ReportedError untranslated(String problem) {
        return new ReportedError(NOT_TRANSLATED, problem == null ? "the message could not be translated" : problem, null,
                null, null, null, null);
    }

    /** Whether a value was there but wrong, rather than missing. */
    boolean hasBadValue() {
        return badValue != null && !badValue.isEmpty();
    }
}
