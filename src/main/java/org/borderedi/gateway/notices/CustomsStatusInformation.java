package org.borderedi.gateway.notices;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.acks.ManifestHeader;
import org.borderedi.gateway.acks.TextLines;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.x12.X12AckInterchange;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;

/**
 * Writes the X12 350 (U.S. Customs Status Information, 004010) telling an X12 filer what customs decided about one of
 * its bills: the filing's M10 and P4, an N9 naming the bill verbatim, and the X4 with the disposition code in X4-07,
 * followed by K1 remarks carrying the agency and its text; in the acknowledgments' turned-around interchange (group SO).
 */
final class CustomsStatusInformation {

    /** GS01 of the 350. */
    static final String FUNCTIONAL_GROUP = "SO";
    /** X401 and X408 (bill numbers) are AN 1-12 in 004010. */
    private static final int X4_BILL = 12;
    /** K101 and K102 are AN 1-30. */
    private static final int REMARK = 30;
    /** K1 occurrences in the X4 loop. */
    private static final int MAX_REMARKS = 4;

    private CustomsStatusInformation() {
    }

    static String write(StatusNotice notice, String code, InterchangeHeader filed, GatewayIdentity us, long interchange,
            long group, ZonedDateTime now) {
        StringWriter text = new StringWriter();
        try {
            X12AckInterchange out = X12AckInterchange.begin(text, filed, us, interchange, now);
            out.beginGroup(FUNCTIONAL_GROUP, out.groupVersion(), group);
            out.beginSet("350");
            ManifestHeader.m10(out, notice.filing());
            ManifestHeader.p4(out, notice.filing(), now);
            NoticedBill bill = NoticedBill.of(notice);
            if (bill.isHouse()) {
                out.segment("N9", "MB", out.text(bill.master().value(), 1, 30));
            }
            out.segment("N9", qualifier(bill.number()), out.text(bill.number().value(), 1, 30));
            release(out, notice, bill, code, now);
            remarks(out, notice);
            out.endSet();
            out.endGroup();
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /**
     * X4: 01 the (master) bill without its issuer's SCAC when it fits 12 characters, 05/06 when the decision was taken,
     * 07 the disposition code, 08 the house bill, 09 the issuer's SCAC, 10 the house's issuer (P0810).
     */
    private static void release(X12AckInterchange out, StatusNotice notice, NoticedBill bill, String code, ZonedDateTime now)
            throws IOException {
        ZonedDateTime decided = notice.decision().decidedAt() == null ? now
                : notice.decision().decidedAt().atZone(now.getZone());
        String issuer = scac(out, bill.issuer(), notice.filing());
        Identifier main = bill.isHouse() ? bill.master() : bill.number();
        String house = bill.isHouse() ? billNumber(out, bill.number().value(), issuer) : null;
        out.segment("X4", billNumber(out, main.value(), issuer), null, null, null,
                decided.format(DateTimeFormatter.ofPattern("yyyyMMdd")), decided.format(DateTimeFormatter.ofPattern("HHmm")),
                code, house, issuer, house == null ? null : issuer);
    }

    /** K1: the agency and its own code, then the text in pieces of 30 characters, four K1 at most. */
    private static void remarks(X12AckInterchange out, StatusNotice notice) throws IOException {
        String nativeCode = notice.decision().nativeCode() == null ? null : out.freeText(notice.decision().nativeCode(), REMARK);
        out.segment("K1", out.freeText(notice.agency(), REMARK), nativeCode);
        String sentence = out.freeText(notice.sentence(), 2 * REMARK * (MAX_REMARKS - 1));
        List<String> pieces = new ArrayList<>(TextLines.wrap(sentence, REMARK, 2 * (MAX_REMARKS - 1)));
        for (int i = 0; i < pieces.size(); i += 2) {
            out.segment("K1", pieces.get(i), i + 1 < pieces.size() ? pieces.get(i + 1) : null);
        }
    }

    /** A bill as X4 carries it: without the issuer's SCAC prefix, and left out when it is longer than 12 characters. */
    private static String billNumber(X12AckInterchange out, String value, String issuer) {
        String number = value;
        if (issuer != null && number.length() > X4_BILL && number.startsWith(issuer)) {
            number = number.substring(issuer.length());
        }
        String safe = out.optional(number, Integer.MAX_VALUE);
        return safe == null || safe.length() > X4_BILL ? null : safe;
    }

    /** X409 (mandatory): the bill's issuer, else the carrier's SCAC, else ZZZZ as the 355 writes an unknown carrier. */
    private static String scac(X12AckInterchange out, String issuer, Filing filing) {
        String carrier = issuer;
        if (carrier == null && filing.conveyance() != null && filing.conveyance().carrier() != null
                && Schemes.SCAC.equals(filing.conveyance().carrier().scheme())) {
            carrier = filing.conveyance().carrier().value();
        }
        String safe = carrier == null ? null : out.optional(carrier, 4);
        return safe == null || safe.length() < 2 || !safe.matches("[A-Z0-9]+") ? ManifestHeader.UNKNOWN_CARRIER : safe;
    }

    /** N901: BM for a bill of lading or house bill, ZZ (mutually defined) for any other number, as the 355 does. */
    private static String qualifier(Identifier number) {
        return Schemes.BILL_OF_LADING.equals(number.scheme()) || Schemes.HOUSE_BILL.equals(number.scheme()) ? "BM" : "ZZ";
    }
}
