package org.borderedi.gateway.acks;

import static org.borderedi.gateway.acks.CargoImpText.bill;
import static org.borderedi.gateway.acks.CargoImpText.field;
import static org.borderedi.gateway.acks.CargoImpText.text;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderedi.gateway.edi.MessageOutcome;

/**
 * Writes the CAMIR-style PER answering one Cargo-IMP message (FWB, FHL, FFM): Type-B-like upper-case ASCII lines of
 * at most 69 characters, a header line, then a line per bill, accepted or with its errors; errors and long texts go
 * on continuation lines that start with {@code /}, as Cargo-IMP continues a line. Layout in the package documentation.
 */
final class PerMessage {

    static final int LINE = 69;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("ddMMMHHmm", Locale.ROOT);

    private PerMessage() {
    }

    static String write(AnsweredMessage message, String reference, ZonedDateTime now) {
        MessageOutcome answered = message.message();
        List<String> lines = new ArrayList<>();
        String header = "PER/1/" + field(reference, 12) + "/" + field(answered.type(), 3) + "/" + field(answered.version(), 2)
                + "/" + bill(answered.controlNumber(), 20) + "/" + STAMP.format(now).toUpperCase(Locale.ROOT) + "/"
                + (message.accepted() ? "ACC" : "REJ");
        lines.add(header);
        errors(lines, message.messageErrors());
        for (AnsweredMessage.Bill bill : message.bills()) {
            List<ReportedError> errors = message.errorsOf(bill);
            String label = bill(bill.label(), 35);
            if (errors.isEmpty()) {
                lines.add(label + " ACC");
            } else {
                lines.add(label + " REJ");
                errors(lines, errors);
            }
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    /** One continuation line per error, {@code /ERR/<CODE>/<TEXT>}, and its text's overflow on further ones. */
    private static void errors(List<String> lines, List<ReportedError> errors) {
        for (ReportedError error : errors) {
            String start = "/ERR/" + field(error.code(), 30) + "/";
            String sentence = text(error.text() + (error.hasBadValue() ? " VALUE " + error.badValue() : ""));
            List<String> first = TextLines.wrap(sentence, LINE - start.length(), 1);
            lines.add(start + (first.isEmpty() ? "" : first.get(0)));
            String rest = first.isEmpty() ? "" : sentence.substring(Math.min(sentence.length(), first.get(0).length())).strip();
            for (String more : TextLines.wrap(rest, LINE - 1, 20)) {
                lines.add("/" + more);
            }
        }
    }
}
