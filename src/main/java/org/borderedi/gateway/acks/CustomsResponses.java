package org.borderedi.gateway.acks;

import static org.borderedi.gateway.edi.edifact.EdifactAckInterchange.element;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.edifact.EdifactAckInterchange;
import org.borderedi.gateway.model.Source;

/**
 * The EDIFACT business acknowledgment of one interchange: the UNB turned around like the CONTRL's, and a CUSRES per
 * answered CUSCAR in the CUSCAR's own directory (D:95B, D:96A, D:03B), with the processing indicator, the references
 * and an ERP/ERC/FTX group per error. See the package documentation for the segment table.
 */
final class CustomsResponses {

    /** BGM 1001: customs response. */
    static final String CUSTOMS_RESPONSE = "962";
    /** FTX 4440 holds 70 characters, five times. */
    private static final int TEXT = 70;
    /** Error groups per message (segment group 1 repeats 50 times in D:95B). */
    private static final int MAX_ERRORS = 50;

    private CustomsResponses() {
    }

    static String write(InterchangeHeader received, List<AnsweredMessage> messages, GatewayIdentity us, String reference,
            ZonedDateTime now) {
        StringWriter text = new StringWriter();
        try {
            EdifactAckInterchange out = EdifactAckInterchange.begin(text, received, us, reference, now);
            int n = 0;
            for (AnsweredMessage message : messages) {
                response(out, message, reference + "-" + (++n), now);
            }
            out.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    private static void response(EdifactAckInterchange out, AnsweredMessage message, String document, ZonedDateTime now)
            throws IOException {
        MessageOutcome cuscar = message.message();
        out.beginMessage(messageIdentifier(cuscar.version()));
        // 1225: 29 accepted without amendment, 27 not accepted
        out.segment("BGM", element(CUSTOMS_RESPONSE), element(document), element(message.accepted() ? "29" : "27"));
        out.segment("DTM", element("137", now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmm")), "203"));
        // 7365 processing indicator: 1 accepted, 3 rejected
        out.segment("GIS", element(message.accepted() ? "1" : "3"));
        int errors = 0;
        for (ReportedError error : message.errors()) {
            if (errors++ == MAX_ERRORS) {
                break;
            }
            errorGroup(out, error);
        }
        out.segment("RFF", element("ACW", cuscar.controlNumber()));
        for (AnsweredMessage.Bill bill : message.accepted() ? message.bills() : message.billsInError()) {
            out.segment("RFF", element("BM", bill.number().value()));
        }
        out.endMessage();
    }

    /**
     * ERP: the segment in error and its position in the CUSCAR (UNH is 1); ERC: MIS missing, INV invalid, OTH other;
     * FTX AAO (error description): the rule code, the bill, the sentence and the bad value.
     */
    private static void errorGroup(EdifactAckInterchange out, ReportedError error) throws IOException {
        Source at = error.source();
        boolean segment = at != null && at.segment().matches("[A-Z]{3}");
        out.segment("ERP", element(), segment ? element(at.segment(), at.position() > 0 ? String.valueOf(at.position()) : null)
                : element());
        String kind = error.field() == null && at == null ? "OTH" : error.hasBadValue() ? "INV" : "MIS";
        out.segment("ERC", element(kind, null, "ZZZ"));
        List<String> lines = new ArrayList<>();
        lines.add(error.code());
        String sentence = error.text()
                + (segment && at.element() != null ? " (" + at.segment() + " " + at.position() + " ELEMENT " + at.element() + ")" : "");
        lines.addAll(TextLines.wrap(sentence, TEXT, 3));
        if (error.hasBadValue()) {
            lines.add(TextLines.cut("VALUE " + error.badValue(), TEXT));
        }
        out.segment("FTX", element("AAO"), element(), element(), element(lines.stream().limit(5).toArray(String[]::new)));
    }

    /** UNH S009: CUSRES in the answered CUSCAR's directory ("D:95B:UN" gives CUSRES:D:95B:UN). */
    private static String[] messageIdentifier(String version) {
        String[] parts = version == null ? new String[0] : version.split(":", -1);
        if (parts.length >= 3 && !parts[0].isEmpty() && !parts[1].isEmpty() && !parts[2].isEmpty()) {
            return element("CUSRES", parts[0], parts[1], parts[2]);
        }
        return element("CUSRES", "D", "95B", "UN");
    }
}
