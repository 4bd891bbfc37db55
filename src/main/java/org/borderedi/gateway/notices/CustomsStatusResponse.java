package org.borderedi.gateway.notices;

import static org.borderedi.gateway.edi.edifact.EdifactAckInterchange.element;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.acks.TextLines;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.edifact.EdifactAckInterchange;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Schemes;

/**
 * Writes the CUSRES telling an EDIFACT filer what customs decided about one of its bills, in the directory of the
 * CUSCAR it filed: the decision as the processing indicator (GIS 7365), its date, the agency's text, and references to
 * the filed message and the bill; in the acknowledgments' turned-around interchange.
 */
final class CustomsStatusResponse {

    /** BGM 1001: customs response. */
    static final String CUSTOMS_RESPONSE = "962";
    /** FTX 4440 holds 70 characters, five times. */
    private static final int TEXT = 70;
    private static final DateTimeFormatter CCYYMMDDHHMM = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private CustomsStatusResponse() {
    }

    static String write(StatusNotice notice, String code, InterchangeHeader filed, GatewayIdentity us, String reference,
            ZonedDateTime now) {
        StringWriter text = new StringWriter();
        try {
            EdifactAckInterchange out = EdifactAckInterchange.begin(text, filed, us, reference, now);
            out.beginMessage(messageIdentifier(notice.filing().format().version()));
            // 1225: 9 original
            out.segment("BGM", element(CUSTOMS_RESPONSE), element(reference + "-1"), element("9"));
            out.segment("DTM", element("137", now.format(CCYYMMDDHHMM), "203"));
            ZonedDateTime decided = notice.decision().decidedAt() == null ? now : notice.decision().decidedAt().atZone(now.getZone());
            // 2005: 9 processing date/time, when the agency decided
            out.segment("DTM", element("9", decided.format(CCYYMMDDHHMM), "203"));
            out.segment("FTX", element("AAI"), element(), element(notice.decision().nativeCode()), element(lines(notice)));
            out.segment("GIS", element(code));
            if (notice.filing().envelope().message() != null) {
                out.segment("RFF", element("ACW", notice.filing().envelope().message()));
            }
            NoticedBill bill = NoticedBill.of(notice);
            if (bill.isHouse()) {
                out.segment("RFF", element(masterQualifier(bill.master()), bill.master().value()));
            }
            out.segment("RFF", element(qualifier(bill.number(), bill.isHouse()), bill.number().value()));
            out.endMessage();
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /** FTX C108: the agency, then the text in up to four pieces of 70 characters. */
    private static String[] lines(StatusNotice notice) {
        List<String> lines = new ArrayList<>();
        lines.add(TextLines.cut(notice.agency(), TEXT));
        lines.addAll(TextLines.wrap(notice.sentence(), TEXT, 4));
        return lines.toArray(String[]::new);
    }

    /** RFF 1153: AWB air waybill, HWB house waybill, BH house bill of lading, BM any other bill. */
    private static String qualifier(Identifier number, boolean house) {
        String scheme = number.scheme();
        if (Schemes.MASTER_AIR_WAYBILL.equals(scheme)) {
            return "AWB";
        }
        if (Schemes.HOUSE_AIR_WAYBILL.equals(scheme)) {
            return "HWB";
        }
        if (Schemes.HOUSE_BILL.equals(scheme) || house) {
            return "BH";
        }
        return "BM";
    }

    /** RFF 1153 of a house's master: AWB for a master air waybill, MB master bill of lading otherwise. */
    private static String masterQualifier(Identifier master) {
        return Schemes.MASTER_AIR_WAYBILL.equals(master.scheme()) ? "AWB" : "MB";
    }

    /** UNH S009: CUSRES in the filed CUSCAR's directory ("D95B" or "D:95B:UN" give CUSRES:D:95B:UN). */
    static String[] messageIdentifier(String version) {
        if (version != null) {
            String[] parts = version.split(":", -1);
            if (parts.length >= 3 && parts[0].matches("[A-Z]") && parts[1].matches("\\d{2}[A-Z]") && !parts[2].isEmpty()) {
                return element("CUSRES", parts[0], parts[1], parts[2]);
            }
            if (version.matches("[A-Z]\\d{2}[A-Z]")) {
                return element("CUSRES", version.substring(0, 1), version.substring(1), "UN");
            }
        }
        return element("CUSRES", "D", "95B", "UN");
    }
}
