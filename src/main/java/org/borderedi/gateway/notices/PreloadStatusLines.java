package org.borderedi.gateway.notices;

import static org.borderedi.gateway.acks.CargoImpText.bill;
import static org.borderedi.gateway.acks.CargoImpText.field;
import static org.borderedi.gateway.acks.CargoImpText.text;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.borderedi.gateway.acks.TextLines;
import org.borderedi.gateway.model.Filing;

/**
 * Writes the CAMIR-style PSN telling a Cargo-IMP filer what pre-load targeting decided about one air waybill or
 * house: a header line like the PER's, then {@code PSN <awb>[-<hawb>] CSN/<code>/<ddMMMhhmm>/<text>}, with text that
 * does not fit on continuation lines starting with {@code /}; upper-case ASCII, CRLF, lines of at most 69 characters.
 */
final class PreloadStatusLines {

    static final int LINE = 69;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("ddMMMHHmm", Locale.ROOT);

    private PreloadStatusLines() {
    }

    static String write(StatusNotice notice, String code, String reference, ZonedDateTime now) {
        Filing filing = notice.filing();
        List<String> lines = new ArrayList<>();
        lines.add("PSN/1/" + field(reference, 12) + "/" + field(filing.format().message(), 3) + "/"
                + field(filing.format().version(), 2) + "/" + bill(filing.envelope().message(), 20) + "/" + stamp(now) + "/"
                + field(notice.agency(), 12));
        ZonedDateTime decided = notice.decision().decidedAt() == null ? now : notice.decision().decidedAt().atZone(now.getZone());
        String start = "PSN " + bill(NoticedBill.of(notice).label(), 35) + " CSN/" + field(code, 2) + "/" + stamp(decided) + "/";
        String sentence = text(notice.sentence());
        List<String> first = TextLines.wrap(sentence, LINE - start.length(), 1);
        lines.add(start + (first.isEmpty() ? "" : first.get(0)));
        String rest = first.isEmpty() ? "" : sentence.substring(first.get(0).length()).strip();
        for (String more : TextLines.wrap(rest, LINE - 1, 20)) {
            lines.add("/" + more);
        }
        return String.join("\r\n", lines) + "\r\n";
    }

    private static String stamp(ZonedDateTime time) {
        return STAMP.format(time).toUpperCase(Locale.ROOT);
    }
}
