package org.borderedi.gateway.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.junit.jupiter.api.Test;

/** A Cargo-IMP filer hears pre-load targeting in CAMIR-style PSN lines that read back line by line. */
class PreloadStatusLinesTest {

    private final StatusNotices notices =
            new StatusNotices(FiledSamples.NO_IDENTITIES, new InMemoryControlNumbers(), FiledSamples.CLOCK);

    @Test
    void a_resubmitted_house_under_an_open_do_not_load_gets_6J() {
        NoticeDocument notice = notices.write(FiledSamples.notice("cargo-imp/fhl5-three-houses.txt", "1.2",
                DecisionKind.DO_NOT_LOAD, HoldState.IN_PLACE,
                "Do not load: shipper matches a watch list entry; contact the targeting centre before movement/rescreen"),
                null).orElseThrow();

        assertEquals(NoticeKind.CAMIR_PSN, notice.kind());
        assertEquals("1", notice.controlNumber());
        assertEquals("txt", notice.fileExtension());
        assertEquals(String.join("\r\n",
                "PSN/1/1/FHL/5/932-10473853/22NOV1530/CBSA",
                "PSN 932-10473853-DXB7700102 CSN/6J/22NOV1505/DO NOT LOAD SHIPPER",
                "/MATCHES A WATCH LIST ENTRY CONTACT THE TARGETING CENTRE BEFORE",
                "/MOVEMENT RESCREEN", ""), notice.text());

        ParsedPsn parsed = ParsedPsn.parse(notice.text());
        assertEquals("932-10473853", parsed.awb());
        assertEquals("DXB7700102", parsed.house());
        assertEquals("6J", parsed.code());
        assertEquals("22NOV1505", parsed.time());
        assertEquals("DO NOT LOAD SHIPPER MATCHES A WATCH LIST ENTRY CONTACT THE TARGETING CENTRE BEFORE MOVEMENT RESCREEN",
                parsed.text());
    }

    @Test
    void a_master_waybill_without_house_is_named_alone_and_an_assessment_complete_is_SF() {
        NoticeDocument notice = notices.write(FiledSamples.notice("cargo-imp/fwb17-general.txt", "1",
                DecisionKind.ASSESSMENT_COMPLETE, HoldState.PLACED, null), null).orElseThrow();

        assertEquals(String.join("\r\n",
                "PSN/1/1/FWB/17/618-44103570/22NOV1530/CBSA",
                "PSN 618-44103570 CSN/SF/22NOV1505/ASSESSMENT COMPLETE", ""), notice.text());
        ParsedPsn parsed = ParsedPsn.parse(notice.text());
        assertEquals("618-44103570", parsed.awb());
        assertEquals(null, parsed.house());
        assertEquals("SF", parsed.code());
    }

    @Test
    void a_first_do_not_load_is_6H_and_its_removal_6I() {
        String placed = notices.write(FiledSamples.notice("cargo-imp/fhl5-three-houses.txt", "1.1", DecisionKind.DO_NOT_LOAD,
                HoldState.PLACED, null), null).orElseThrow().text();
        String removed = notices.write(FiledSamples.notice("cargo-imp/fhl5-three-houses.txt", "1.1",
                DecisionKind.DO_NOT_LOAD_REMOVED, HoldState.RESOLVED, null), null).orElseThrow().text();

        assertEquals("6H", ParsedPsn.parse(placed).code());
        assertEquals("6I", ParsedPsn.parse(removed).code());
    }

    @Test
    void slashes_lower_case_and_non_ascii_in_the_text_stay_inside_the_text_field() {
        NoticeDocument notice = notices.write(FiledSamples.notice("cargo-imp/fwb17-general.txt", "1",
                DecisionKind.REQUEST_FOR_INFORMATION, HoldState.PLACED, "send CNE/ADR\r\nPSN 1 — now"), null).orElseThrow();

        ParsedPsn parsed = ParsedPsn.parse(notice.text());
        assertEquals("7H", parsed.code());
        assertEquals("SEND CNE ADR PSN 1 NOW", parsed.text());
        assertTrue(notice.text().lines().allMatch(line -> line.length() <= 69 && line.matches("[ -~]*")), notice.text());
    }

    @Test
    void a_release_has_no_PSN() {
        assertTrue(notices.write(FiledSamples.notice("cargo-imp/fwb17-general.txt", "1", DecisionKind.RELEASE,
                HoldState.PLACED, null), null).isEmpty());
    }

    /** A small reader of PSN lines: the header, the status line and its continuation lines. */
    record ParsedPsn(String reference, String awb, String house, String code, String time, String text) {

        static ParsedPsn parse(String psn) {
            if (!psn.endsWith("\r\n")) {
                throw new AssertionError("a PSN ends with CRLF: " + psn);
            }
            List<String> lines = List.of(psn.substring(0, psn.length() - 2).split("\r\n", -1));
            for (String line : lines) {
                if (line.length() > 69 || !line.equals(line.toUpperCase()) || !line.matches("[ -~]+")) {
                    throw new AssertionError("not a Cargo-IMP line: " + line);
                }
            }
            String[] header = lines.get(0).split("/", -1);
            if (!"PSN".equals(header[0]) || !"1".equals(header[1]) || header.length != 8) {
                throw new AssertionError("not a PSN header: " + lines.get(0));
            }
            String status = lines.get(1);
            if (!status.matches("PSN [0-9]{3}-[0-9]{8}(-[A-Z0-9]+)? CSN/[0-9A-Z]{2}/[0-9]{2}[A-Z]{3}[0-9]{4}/.*")) {
                throw new AssertionError("not a PSN status line: " + status);
            }
            String bill = status.substring(4, status.indexOf(' ', 4));
            String[] fields = status.substring(status.indexOf(" CSN/") + 5).split("/", 3);
            List<String> text = new ArrayList<>(List.of(fields[2]));
            for (String more : lines.subList(2, lines.size())) {
                if (!more.startsWith("/")) {
                    throw new AssertionError("not a continuation line: " + more);
                }
                text.add(more.substring(1));
            }
            String awb = bill.substring(0, 12);
            String house = bill.length() > 12 ? bill.substring(13) : null;
            return new ParsedPsn(header[2], awb, house, fields[0], fields[1], String.join(" ", text));
        }
    }
}
