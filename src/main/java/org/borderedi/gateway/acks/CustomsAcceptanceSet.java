package org.borderedi.gateway.acks;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.List;
import org.borderedi.gateway.edi.x12.X12AckInterchange;
import org.borderedi.gateway.model.Schemes;

/**
 * Writes one X12 355 (U.S. Customs Acceptance/Rejection, 004010) answering one 309 or 358, as ACE does: the
 * manifest's M10, the set's disposition and message-level errors in header K1s, the P4 loop, and an LX loop per bill
 * (N9 with the bill number, its disposition and its errors in K1s). See the package documentation for the table.
 */
final class CustomsAcceptanceSet {

    /** K1 occurrences allowed after M10, after P4 and in each N9 loop. */
    private static final int MAX_REMARKS = 10;
    /** K101 and K102 are AN 1-30. */
    private static final int REMARK = 30;

    private CustomsAcceptanceSet() {
    }

    static void write(X12AckInterchange out, AnsweredMessage message, ZonedDateTime now) throws IOException {
        out.beginSet("355");
        ManifestHeader.m10(out, message.filing());
        String set = out.freeText(message.message().type() + " SET " + message.message().controlNumber(), REMARK);
        out.segment("K1", message.accepted() ? "ACCEPTED" : "REJECTED", set);
        remarks(out, message.messageErrors(), MAX_REMARKS - 1);
        ManifestHeader.p4(out, message.filing(), now);
        int line = 0;
        for (AnsweredMessage.Bill bill : message.bills()) {
            List<ReportedError> errors = message.errorsOf(bill);
            out.segment("LX", String.valueOf(++line));
            out.segment("N9", qualifier(bill), out.text(bill.number().value(), 1, 30));
            out.segment("K1", errors.isEmpty() ? "ACCEPTED" : "REJECTED");
            remarks(out, errors, MAX_REMARKS - 1);
        }
        out.endSet();
    }

    /**
     * Two K1 per error: the rule code with where it is and the bad value ("VID@12/02 DMFU1234568"), then the sentence
     * in K101 and K102; past the limit, one K1 saying how many more there are.
     */
    private static void remarks(X12AckInterchange out, List<ReportedError> errors, int room) throws IOException {
        int listed = errors.size() * 2 <= room ? errors.size() : (room - 1) / 2;
        for (ReportedError error : errors.subList(0, listed)) {
            String where = (error.source() == null ? "" : error.source() + " ") + (error.hasBadValue() ? error.badValue() : "");
            out.segment("K1", out.text(error.code(), 1, REMARK), out.freeText(where, REMARK));
            List<String> sentence = TextLines.wrap(out.freeText(error.text(), 2 * REMARK), REMARK, 2);
            out.segment("K1", sentence.isEmpty() ? "-" : sentence.get(0), sentence.size() > 1 ? sentence.get(1) : null);
        }
        if (listed < errors.size()) {
            out.segment("K1", "MORE ERRORS", (errors.size() - listed) + " NOT LISTED");
        }
    }

    /** N901: BM for a bill of lading or house bill, ZZ (mutually defined) for any other number. */
    private static String qualifier(AnsweredMessage.Bill bill) {
        String scheme = bill.number().scheme();
        return Schemes.BILL_OF_LADING.equals(scheme) || Schemes.HOUSE_BILL.equals(scheme) ? "BM" : "ZZ";
    }
}
