package org.borderedi.gateway.edi.edifact;

import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.PARTNER;
import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.STANDARD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.edi.edifact.EdifactTestKit.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EdifactValidatorTest {

    /** A clean CUSCAR D95B message body (BGM to FTX), ten segments with its UNH and UNT. */
    private static final String BODY = "BGM+85+DFMAN3+9'TDT+20+047E+1'LOC+11+USSEA:139:6'CNI+1'RFF+BM:DMFW0000300001'"
            + "NAD+CZ+++SHENZHEN EXPORT CO LTD'GID+1+10:CT'FTX+AAA+++MACHINE PARTS'";

    private static String interchange(String syntax, String reference, String messages, int count) {
        String date = syntax.endsWith(":4") ? "20261122" : "261122";
        return "UNB+" + syntax + "+DEMOFWD:ZZ+BORDERGW:ZZ+" + date + ":1412+" + reference + "'" + messages + "UNZ+" + count + "+" + reference + "'";
    }

    private static String message(String reference, String body, int segments) {
        return "UNH+" + reference + "+CUSCAR:D:95B:UN'" + body + "UNT+" + segments + "+" + reference + "'";
    }

    private static List<String> codes(Run run) {
        return run.findings.stream().map(f -> f.code() + " " + f.position() + (f.badValue() == null ? "" : " '" + f.badValue() + "'")).toList();
    }

    @Test
    void reports_groups_and_messages_in_order_as_they_are_checked() {
        Run run = EdifactTestKit.run("cuscar-d95b-groups.edi", PARTNER.create());

        assertEquals(List.of("interchange DF0000308", "group G1", "message 1 ACCEPTED in G1", "message 2 ACCEPTED in G1",
                "end of group G1 ACCEPTED 2/2", "group G2", "message 1 ACCEPTED in G2", "end of group G2 REJECTED 0/1",
                "end of interchange DF0000308 ACCEPTED_WITH_ERRORS 2/3"), run.events);
        assertEquals("D:95B", run.groups.get(0).header().version());
        assertEquals(2, run.interchanges.get(0).groups());
    }

    @Test
    void reads_a_released_separator_as_data_without_a_finding() {
        Run run = EdifactTestKit.run("cuscar-d95b-released-separators.edi", PARTNER.create());

        assertEquals("DF+1:2'3?", run.headers.get(0).controlNumber());
        assertEquals("M+1", run.messages.get(0).controlNumber());
        assertEquals(List.of(), run.findings);
    }

    @Test
    void puts_what_the_unb_says_in_the_header() {
        Run run = EdifactTestKit.runText("UNB+UNOB:3+DEMOFWD:ZZ+BORDERGW+261122:1412+R1++CUSCAR++1++1'"
                + message("1", BODY, 10) + "UNZ+1+R1'", STANDARD.create());

        InterchangeHeader header = run.headers.get(0);
        assertEquals(new org.borderedi.gateway.edi.Party("ZZ", "DEMOFWD"), header.sender());
        assertEquals(new org.borderedi.gateway.edi.Party(null, "BORDERGW"), header.receiver());
        assertEquals("261122", header.date());
        assertEquals("1412", header.time());
        assertTrue(header.test());
        assertTrue(header.ackRequested());
        assertEquals("UNOB", header.syntaxIdentifier());
        assertEquals("3", header.version());
        // no UNA: the syntax version's defaults, implied rather than declared
        assertEquals(new Delimiters('\'', '+', ':', null, '?', '.', false), header.delimiters());
        assertEquals(List.of(), run.findings);
    }

    @Test
    void honours_the_separators_a_una_declares_and_answers_with_them() {
        String text = "UNA|*.\\ ~\r\nUNB*UNOA|3*DEMOFWD|ZZ*BORDERGW|ZZ*261122|1412*X\\*1**CUSCAR**1~\r\n"
                + "UNH*1*CUSCAR|D|95B|UN~BGM*85*DFMAN\\~3*9~TDT*20*047E*1~LOC*11*USSEA|139|6~CNI*1~RFF*BM|DMFW\\|1~"
                + "NAD*CZ***A + B LTD~GID*1*10|CT~FTX*AAA***MACHINE PARTS~UNT*10*1~\r\nUNZ*1*X\\*1~\r\n";

        Run run = EdifactTestKit.runText(text, PARTNER.create());

        assertEquals(List.of(), run.findings);
        assertEquals(new Delimiters('~', '*', '|', null, '\\', '.'), run.headers.get(0).delimiters());
        assertEquals("X*1", run.headers.get(0).controlNumber());
        assertEquals(List.of("UNA|*.\\ ~UNB*UNOA|3*BORDERGW|ZZ*DEMOFWD|ZZ*261122|1500*1~UNH*1*CONTRL|D|3|UN~"
                + "UCI*X\\*1*DEMOFWD|ZZ*BORDERGW|ZZ*7~UCM*1*CUSCAR|D|95B|UN*7~UNT*4*1~UNZ*1*1~"), run.contrls());
    }

    @Test
    void reports_unreadable_data_with_its_offset_and_reads_the_interchange_between() {
        Run run = EdifactTestKit.run("unreadable-data-around-an-interchange.edi", STANDARD.create());

        assertEquals(List.of(
                "unreadable at 0: 24 bytes that are not an EDIFACT interchange (no UNA or UNB), starting 'HELLO, THIS IS NOT EDI\\x0D\\x0AUNB+UNOA:3+DEMOF'",
                "interchange DF0000309", "message 1 ACCEPTED", "end of interchange DF0000309 ACCEPTED 1/1",
                "unreadable at 284: 26 bytes that are not an EDIFACT interchange (no UNA or UNB), starting 'garbage after the trailer\\x0A'"),
                run.events);
    }

    @Test
    void an_unusable_una_makes_its_interchange_unreadable_and_the_next_one_is_still_read() {
        String broken = "UNA::.? 'UNB+UNOA:3+DEMOFWD+BORDERGW+261122:1412+R1'" + message("1", BODY, 10) + "UNZ+1+R1'";
        String good = interchange("UNOA:3", "R2", message("1", BODY, 10), 1);

        Run run = EdifactTestKit.runText(broken + "\n" + good, STANDARD.create());

        assertEquals(List.of("unreadable at 0: the UNA 'UNA::.? '' cannot be used: it declares ':' as both component separator and element separator",
                "interchange R2", "message 1 ACCEPTED", "end of interchange R2 ACCEPTED 1/1"), run.events);
    }

    @Test
    void an_interchange_that_cannot_be_named_in_a_contrl_is_unreadable() {
        Run run = EdifactTestKit.runText("UNB+UNOA:3+DEMOFWD+BORDERGW+261122:1412'" + message("1", BODY, 10) + "UNZ+1+R1'"
                + interchange("UNOA:3", "R2", message("1", BODY, 10), 1), STANDARD.create());

        assertEquals(List.of("unreadable at 0: the UNB has no interchange control reference (0020), so no acknowledgment can name it",
                "interchange R2", "message 1 ACCEPTED", "end of interchange R2 ACCEPTED 1/1"), run.events);
    }

    static Stream<Object[]> repertoires() {
        return Stream.of(
                new Object[] {"UNOA:3", StandardCharsets.US_ASCII, "MAPLE IMPORTS INC", List.of()},
                new Object[] {"UNOA:3", StandardCharsets.ISO_8859_1, "MAPLE IMPORTS \u00c9", List.of("INVALID_CHARACTER")},
                new Object[] {"UNOA:3", StandardCharsets.US_ASCII, "MAPLE #1", List.of("INVALID_CHARACTER")},
                new Object[] {"UNOB:3", StandardCharsets.US_ASCII, "Maple Imports Inc", List.of()},
                new Object[] {"UNOB:3", StandardCharsets.US_ASCII, "MAPLE @ HOME", List.of("INVALID_CHARACTER")},
                new Object[] {"UNOC:3", StandardCharsets.ISO_8859_1, "Montr\u00e9al \u00c9xport", List.of()},
                // a euro sign in UTF-8 read as ISO 8859-1: its second byte is a C1 control character
                new Object[] {"UNOC:3", StandardCharsets.UTF_8, "PRICE \u20ac", List.of("INVALID_CHARACTER")},
                new Object[] {"UNOD:3", Charset.forName("ISO-8859-2"), "\u0141\u00f3d\u017a", List.of()},
                new Object[] {"UNOE:3", Charset.forName("ISO-8859-5"), "\u041c\u043e\u0441\u043a\u0432\u0430", List.of()},
                new Object[] {"UNOF:3", Charset.forName("ISO-8859-7"), "\u0391\u03b8\u03ae\u03bd\u03b1", List.of()},
                new Object[] {"UNOW:4", StandardCharsets.UTF_8, "\u6df1\u5733 Montr\u00e9al", List.of()},
                new Object[] {"UNOY:4", StandardCharsets.UTF_8, "\u0391\u03b8\u03ae\u03bd\u03b1", List.of()},
                new Object[] {"UNOW:4", StandardCharsets.UTF_8, "BELL \u0007", List.of("INVALID_CHARACTER")});
    }

    @ParameterizedTest(name = "{0} in {1}: {2} -> {3}")
    @MethodSource("repertoires")
    void checks_the_character_repertoire_of_the_syntax_level(String syntax, Charset encoding, String name, List<String> expected) {
        String text = interchange(syntax, "R1", message("1", BODY.replace("SHENZHEN EXPORT CO LTD", name), 10), 1);

        Run run = EdifactTestKit.run(new ByteArrayInputStream(text.getBytes(encoding)), STANDARD.create(), new InMemoryControlNumbers());

        assertEquals(expected, run.findings.stream().map(f -> f.code().name()).toList(), () -> codes(run).toString());
        if (!expected.isEmpty()) {
            Position at = run.findings.get(0).position();
            assertEquals(List.of(7, "NAD", 4, 1), List.of(at.segment(), at.segmentTag(), at.element(), at.component()));
        }
    }

    @Test
    void a_byte_that_is_no_utf8_character_is_invalid_and_does_not_swallow_the_separator_after_it() {
        byte[] text = interchange("UNOW:4", "R1", message("1", BODY.replace("SHENZHEN EXPORT CO LTD", "AB\u00ff"), 10), 1)
                .getBytes(StandardCharsets.ISO_8859_1); // 0xFF never starts a UTF-8 character

        Run run = EdifactTestKit.run(new ByteArrayInputStream(text), STANDARD.create(), new InMemoryControlNumbers());

        assertEquals(List.of("INVALID_CHARACTER interchange R1, message 1, segment 7 (NAD), element 4.1 'AB\ufffd'"), codes(run));
        assertTrue(run.findings.get(0).text().contains("a byte that is no character of the syntax level"), run.findings.get(0).text());
    }

    @Test
    void reports_numbers_lengths_and_decimal_marks_against_the_directory() {
        String body = BODY.replace("GID+1+10:CT'", "GID+1+1O:CT'").replace("RFF+BM:DMFW0000300001'", "RFF+BM:DMFW0000300001'MOA+44:12,50'")
                .replace("TDT+20+047E+1'", "TDT+20+047E+1+++++" + "X".repeat(9) + ":146:11:" + "N".repeat(36) + "'");
        String text = "UNA:+.? '" + interchange("UNOA:3", "R1", message("1", body, 11), 1);

        Run run = EdifactTestKit.runText(text, STANDARD.create());

        assertEquals(List.of(
                "ELEMENT_TOO_LONG interchange R1, message 1, segment 3 (TDT), element 8.4 '" + "N".repeat(36) + "'",
                "INVALID_DECIMAL_NOTATION interchange R1, message 1, segment 7 (MOA), element 1.2 '12,50'",
                "INVALID_NUMERIC interchange R1, message 1, segment 9 (GID), element 2.1 '1O'"), codes(run));
        assertEquals("MOA 5004 (Monetary amount) '12,50' uses a decimal mark other than the '.' the interchange declares",
                run.findings.get(1).text());
        assertEquals("SG5", run.findings.get(1).position().loop());
        assertEquals("5004", run.findings.get(1).elementReference());
    }

    @Test
    void both_decimal_marks_are_numbers_without_a_una() {
        String body = BODY.replace("RFF+BM:DMFW0000300001'", "RFF+BM:DMFW0000300001'MOA+44:12,50'MOA+44:12.50'");

        Run run = EdifactTestKit.runText(interchange("UNOA:3", "R1", message("1", body, 12), 1), STANDARD.create());

        assertEquals(List.of(), run.findings);
    }

    @Test
    void reports_segments_that_do_not_belong_where_they_are() {
        String body = BODY.replace("CNI+1'", "XYZ+1'CNI+1'").replace("BGM+85+DFMAN3+9'", "BGM+85+DFMAN3+9+AB+EXTRA'");

        Run run = EdifactTestKit.runText(interchange("UNOA:3", "R1", message("1", body, 11), 1), STANDARD.create());

        assertEquals(List.of(
                "TOO_MANY_ELEMENTS interchange R1, message 1, segment 2 (BGM), element 5 'EXTRA'",
                "SEGMENT_NOT_IN_SET interchange R1, message 1, segment 5 (XYZ)"), codes(run));
        assertEquals("segment XYZ is not a segment of CUSCAR D:95B:UN", run.findings.get(1).text());
        assertEquals("SG1", run.findings.get(1).position().loop());
    }

    @Test
    void message_references_are_unique_within_the_interchange() {
        String text = interchange("UNOA:3", "R1", message("7", BODY, 10) + message("7", BODY, 10), 2);

        Run run = EdifactTestKit.runText(text, STANDARD.create());

        assertEquals(List.of("DUPLICATE_MESSAGE_CONTROL_NUMBER interchange R1, message 7, segment 1 (UNH), element 1 '7'"), codes(run));
        assertEquals(List.of(Verdict.ACCEPTED, Verdict.REJECTED), run.messages.stream().map(MessageOutcome::verdict).toList());
    }

    @Test
    void checks_the_unb_date_time_and_codes() {
        Run run = EdifactTestKit.runText("UNB+UNOA:3+DEMOFWD+BORDERGW+261131:2460+R1++++2++9'" + message("1", BODY, 10)
                + "UNZ+1+R1'", STANDARD.create());

        assertEquals(List.of(
                "INVALID_INTERCHANGE_DATE interchange R1, segment 1 (UNB), element 4.1 '261131'",
                "INVALID_INTERCHANGE_TIME interchange R1, segment 1 (UNB), element 4.2 '2460'",
                "INVALID_ACK_REQUESTED interchange R1, segment 1 (UNB), element 9 '2'",
                "INVALID_TEST_INDICATOR interchange R1, segment 1 (UNB), element 11 '9'"), codes(run));
        assertEquals(Verdict.REJECTED, run.interchanges.get(0).verdict());
        assertEquals(0, run.interchanges.get(0).acceptedMessages(), "a rejected interchange accepts none of its messages");
    }

    @Test
    void syntax_version_4_dates_have_the_century() {
        Run run = EdifactTestKit.runText("UNB+UNOC:4+DEMOFWD+BORDERGW+261122:1412+R1'" + message("1", BODY, 10) + "UNZ+1+R1'",
                STANDARD.create());

        assertEquals(List.of("ELEMENT_TOO_SHORT interchange R1, segment 1 (UNB), element 4.1 '261122'"), codes(run));
    }

    static Stream<Object[]> syntaxLevels() {
        return Stream.of(
                new Object[] {"UNOX:3", "SYNTAX_LEVEL_NOT_SUPPORTED interchange R1, segment 1 (UNB), element 1.1 'UNOX'"},
                new Object[] {"UNOA:5", "SYNTAX_LEVEL_NOT_SUPPORTED interchange R1, segment 1 (UNB), element 1.2 '5'"},
                new Object[] {"UNOW:3", "SYNTAX_LEVEL_NOT_SUPPORTED interchange R1, segment 1 (UNB), element 1.2 '3'"},
                new Object[] {"UNOG:2", "SYNTAX_LEVEL_NOT_SUPPORTED interchange R1, segment 1 (UNB), element 1.2 '2'"},
                new Object[] {"IATA:1", "SYNTAX_LEVEL_NOT_SUPPORTED interchange R1, segment 1 (UNB), element 1.1 'IATA'"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syntaxLevels")
    void rejects_a_syntax_level_or_version_it_does_not_read(String syntax, String expected) {
        Run run = EdifactTestKit.runText(interchange(syntax.replace(":4", ":9"), "R1", message("1", BODY, 10), 1), STANDARD.create());

        assertEquals(List.of(expected), codes(run));
        assertEquals(List.of("interchange R1", "end of interchange R1 REJECTED 0/1"), run.events, "its messages are not read");
    }

    @Test
    void every_syntax_version_from_1_to_4_is_read() {
        for (String syntax : List.of("UNOA:1", "UNOA:2", "UNOA:3")) {
            Run run = EdifactTestKit.runText(interchange(syntax, "R1", message("1", BODY, 10), 1), STANDARD.create());
            assertEquals(List.of(), codes(run), syntax);
        }
        Run run = EdifactTestKit.runText(interchange("UNOA:4", "R1", message("1", BODY, 10), 1), STANDARD.create());
        assertEquals(List.of(), codes(run), "UNOA:4");
    }

    @Test
    void checks_unz_and_une_references() {
        String grouped = "UNG+CUSCAR+DEMOFWD+BORDERGW+261122:1412+G1+UN+D:95B'" + message("1", BODY, 10) + "UNE+1+G9'"
                + "UNG+CUSCAR+DEMOFWD+BORDERGW+261122:1412+G1+UN+D:95B'" + message("1", BODY, 10) + "UNE+1+G1'";
        String text = "UNB+UNOA:3+DEMOFWD+BORDERGW+261122:1412+R1'" + grouped + "UNZ+2+R2'";

        Run run = EdifactTestKit.runText(text, STANDARD.create());

        assertEquals(List.of(
                "GROUP_CONTROL_NUMBER_MISMATCH interchange R1, group G1, segment 13 (UNE), element 2 'G9'",
                "DUPLICATE_GROUP_CONTROL_NUMBER interchange R1, group G1, segment 14 (UNG), element 5 'G1'",
                "INTERCHANGE_CONTROL_NUMBER_MISMATCH interchange R1, segment 26 (UNZ), element 2 'R2'"), codes(run));
    }

    @Test
    void messages_inside_and_outside_groups_may_not_be_mixed() {
        String text = "UNB+UNOA:3+DEMOFWD+BORDERGW+261122:1412+R1'" + message("1", BODY, 10)
                + "UNG+CUSCAR+DEMOFWD+BORDERGW+261122:1412+G1+UN+D:95B'" + message("2", BODY, 10) + "UNE+1+G1'UNZ+1+R1'";

        Run run = EdifactTestKit.runText(text, STANDARD.create());

        assertEquals(List.of("GROUPS_AND_MESSAGES_MIXED interchange R1, segment 12 (UNG)"), codes(run));
        assertEquals("the interchange mixes messages inside UNG groups with messages outside them", run.findings.get(0).text());
    }

    @Test
    void an_interchange_without_messages_is_rejected() {
        Run run = EdifactTestKit.runText("UNB+UNOA:3+DEMOFWD+BORDERGW+261122:1412+R1'UNZ+0+R1'", STANDARD.create());

        assertEquals(List.of("LOWER_LEVEL_EMPTY interchange R1, segment 2 (UNZ)"), codes(run));
        assertEquals("the interchange holds no messages", run.findings.get(0).text());
    }

    @Test
    void a_message_without_its_unt_is_rejected_and_the_next_one_is_read() {
        String text = interchange("UNOA:3", "R1", "UNH+1+CUSCAR:D:95B:UN'" + BODY + message("2", BODY, 10), 2);

        Run run = EdifactTestKit.runText(text, STANDARD.create());

        assertEquals(List.of("MESSAGE_TRAILER_MISSING interchange R1, message 1, segment 10 (UNT)"), codes(run));
        assertEquals(List.of("interchange R1", "message 1 REJECTED", "message 2 ACCEPTED", "end of interchange R1 ACCEPTED_WITH_ERRORS 1/2"),
                run.events);
    }

    @Test
    void a_message_that_cannot_be_named_in_a_contrl_rejects_the_interchange() {
        String text = interchange("UNOA:3", "R1", message("M" + "1".repeat(14), BODY, 10), 1);

        Run run = EdifactTestKit.runText(text, STANDARD.create());

        assertEquals(List.of("ELEMENT_TOO_LONG interchange R1, message M11111111111111, segment 1 (UNH), element 1 'M11111111111111'",
                "ELEMENT_TOO_LONG interchange R1, message M11111111111111, segment 10 (UNT), element 2 'M11111111111111'",
                "INVALID_INTERCHANGE_CONTENT interchange R1, segment 11 (UNT)"), codes(run));
        assertEquals(Verdict.REJECTED, run.interchanges.get(0).verdict());
        assertEquals(List.of("UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'UNH+1+CONTRL:D:3:UN'"
                + "UCI+R1+DEMOFWD:ZZ+BORDERGW:ZZ+4+18'UNT+3+1'UNZ+1+1'"), run.contrls());
    }

    @Test
    void the_same_validator_reads_one_stream_after_another() {
        for (int i = 0; i < 3; i++) {
            Run run = EdifactTestKit.run("cuscar-d95b-ocean.edi", PARTNER.create());
            assertEquals(List.of("interchange DF0000101", "message DF0001 ACCEPTED", "end of interchange DF0000101 ACCEPTED 1/1"), run.events);
        }
    }

    @Test
    void reports_each_message_before_the_rest_of_the_file_is_read() throws IOException {
        // What is read before the first report is bounded, not the file: StAEDI's read buffer (8 KiB) and the messages
        // passed over for the quick proof (at most 256 or 64 KiB of segments), which are only their UNH and UNT in
        // that buffer. 6,000 messages make about 1 MB, so reading it whole would show.
        int messages = 6000;
        String head = "UNB+UNOA:3+DEMOFWD+BORDERGW+261122:1412+BIG1'";
        AtomicLong produced = new AtomicLong();
        InputStream endless = new InputStream() {
            private byte[] chunk = head.getBytes(StandardCharsets.US_ASCII);
            private int position;
            private int written;

            @Override
            public int read() {
                if (position == chunk.length) {
                    if (written == messages + 1) {
                        return -1;
                    }
                    written++;
                    String next = written <= messages ? message(String.valueOf(written), BODY, 10) : "UNZ+" + messages + "+BIG1'";
                    chunk = next.getBytes(StandardCharsets.US_ASCII);
                    position = 0;
                }
                produced.incrementAndGet();
                return chunk[position++];
            }
        };
        List<Long> producedAtMessage = new ArrayList<>();
        CollectedAcks acks = new CollectedAcks();
        SyntaxEvents listener = new SyntaxEvents() {
            @Override
            public void messageChecked(MessageOutcome outcome) {
                producedAtMessage.add(produced.get());
                assertEquals(Verdict.ACCEPTED, outcome.verdict(), () -> outcome.findings().toString());
            }
        };

        EdifactTestKit.VALIDATOR.validate(endless, STANDARD.create(), listener);

        assertEquals(messages, producedAtMessage.size());
        long total = produced.get();
        assertTrue(producedAtMessage.get(0) < total / 10, "the first message is reported after "
                + producedAtMessage.get(0) + " of " + total + " bytes");
        assertFalse(acks.acks().iterator().hasNext());
    }

    @Test
    void every_finding_names_where_it_is() {
        Run run = EdifactTestKit.run("cuscar-d95b-missing-mandatory.edi", PARTNER.create());

        Finding element = run.findings.get(0);
        assertEquals(new Position("DF0000301", null, "1", 4, "LOC", "SG1", 1, 0, 0), element.position());
        assertEquals("3227", element.elementReference());
        Finding segment = run.findings.get(1);
        assertEquals(new Position("DF0000301", null, "1", 8, "GID", "SG5", 0, 0, 0), segment.position());
        assertNotNull(segment.text());
    }
}
