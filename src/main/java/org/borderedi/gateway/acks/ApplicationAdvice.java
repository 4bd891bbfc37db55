package org.borderedi.gateway.acks;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.x12.X12AckInterchange;
import org.borderedi.gateway.model.Source;

/**
 * Writes one X12 824 (Application Advice, 004010) answering every set of an interchange, as CBSA does: BGN, then an
 * OTI loop per answered set (TA accepted / TR rejected, the set's control numbers and type), a REF per bill
 * concerned, and a TED loop per error (with an NTE carrying the whole sentence). See the package documentation.
 */
final class ApplicationAdvice {

    /** REF occurrences per OTI loop (004010). */
    private static final int MAX_REFERENCES = 12;

    private ApplicationAdvice() {
    }

    static void write(X12AckInterchange out, String reference, List<AnsweredMessage> messages, ZonedDateTime now)
            throws IOException {
        out.beginSet("824");
        out.segment("BGN", "00", out.text(reference, 1, 30), now.format(DateTimeFormatter.ofPattern("yyyyMMdd")),
                now.format(DateTimeFormatter.ofPattern("HHmm")));
        for (AnsweredMessage message : messages) {
            MessageOutcome set = message.message();
            out.segment("OTI", message.accepted() ? "TA" : "TR", "TN", out.text(set.controlNumber(), 1, 30), null, null,
                    null, null, X12AckInterchange.number(set.group(), 9), out.optional(set.controlNumber(), 9),
                    out.optional(set.type(), 3));
            List<AnsweredMessage.Bill> bills = message.accepted() ? message.bills() : message.billsInError();
            for (AnsweredMessage.Bill bill : bills.stream().limit(MAX_REFERENCES).toList()) {
                out.segment("REF", "BM", out.text(bill.number().value(), 1, 30));
            }
            for (ReportedError error : message.errors()) {
                technicalError(out, error);
            }
        }
        out.endSet();
    }

    /**
     * TED: 007 missing data or 848 incorrect data (ZZZ when the error names no field), the rule code, the segment,
     * its position and the element, and the bad value; NTE: the sentence.
     */
    private static void technicalError(X12AckInterchange out, ReportedError error) throws IOException {
        Source at = error.source();
        String tag = at == null || !at.segment().matches("[A-Z][A-Z0-9]{1,2}") ? null : at.segment();
        String position = tag == null || at.position() <= 0 ? null : X12AckInterchange.number(String.valueOf(at.position()), 6);
        String element = tag == null ? null : elementPosition(at.element());
        String condition = error.field() == null && at == null ? "ZZZ" : error.hasBadValue() ? "848" : "007";
        out.segment("TED", condition, out.freeText(error.code(), 60), tag, position, element, null,
                out.freeText(error.badValue(), 99));
        String text = out.freeText(error.text(), 80);
        if (text != null) {
            out.segment("NTE", null, text);
        }
    }

    /** TED05 (N0 1-2): the element of "03" or of "03.2" (a component: its composite's position). */
    private static String elementPosition(String element) {
        if (element == null) {
            return null;
        }
        String simple = element.contains(".") ? element.substring(0, element.indexOf('.')) : element;
        if (!simple.matches("\\d{1,2}")) {
            return null;
        }
        return String.valueOf(Integer.parseInt(simple));
    }
}
