package org.borderedi.gateway.edi.x12;

import static org.borderedi.gateway.edi.x12.X12FindingsTest.DEMO;
import static org.borderedi.gateway.edi.x12.X12FindingsTest.demo;
import static org.borderedi.gateway.edi.x12.X12TestKit.bytes;
import static org.borderedi.gateway.edi.x12.X12TestKit.forwarder;
import static org.borderedi.gateway.edi.x12.X12TestKit.profile;
import static org.borderedi.gateway.edi.x12.X12TestKit.standard;
import static org.borderedi.gateway.edi.x12.X12TestKit.x12;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.InMemoryInterchangeHistory;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.edi.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The validator as a whole: event order, headers, separators, unreadable data, duplicates, streaming and threads. */
class X12ValidatorTest {

    private static final String SECOND_SET = "ST*309*0002~M10*DMFW*O*PA*9321483*DEMO TRADER*047E***Y*L~P4*3001*20261201~LX*1~"
            + "M11*0000123457*57035*5*CTN*300*K******DMFW~SE*6*0002~";

    @Test
    void reports_groups_and_sets_in_order_and_a_partly_accepted_group_as_P() {
        String interchange = demo("GE*1*101~", SECOND_SET.replace("SE*6*0002", "SE*6*0003") + "GE*2*101~"
                + "GS*SO*DEMOFWD*BORDERGW*20261122*1412*102*X*004010~" + x12(new String(X12TestKit.sample("358-truck-consist.edi"),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).replaceAll("^.*?(ST\\*358.*SE\\*9\\*0001~).*$", "$1")
                + "GE*1*102~", "IEA*1*", "IEA*2*");

        X12TestKit.Run run = X12TestKit.run(bytes(interchange), profile(forwarder()));

        assertEquals(List.of("interchange 000000101", "group 101", "set 309 0001 A", "set 309 0002 R", "end group 101 P",
                "group 102", "set 358 0001 A", "end group 102 A", "end interchange 000000101 A"), run.log);
        assertEquals(x12("""
                X12_997 for 000000101
                ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                ST*997*0001~
                AK1*SO*101~
                AK2*309*0001~
                AK5*A~
                AK2*309*0002~
                AK5*R*3~
                AK9*P*2*2*1~
                SE*8*0001~
                ST*997*0002~
                AK1*SO*102~
                AK2*358*0001~
                AK5*A~
                AK9*A*1*1*1~
                SE*6*0002~
                GE*2*1~
                IEA*1*000000001~
                """).replace("000000101", "000000101\n"), run.ackText().replace("~\n", "~"));
        assertEquals(new org.borderedi.gateway.edi.InterchangeOutcome(run.headers.get(0), Verdict.ACCEPTED, 2, 3, 2, List.of()),
                run.interchanges.get(0));
    }

    @Test
    void reads_the_header_as_written() {
        X12TestKit.Run run = X12TestKit.run(bytes(demo("*000000101*0*P*", "*000000101*1*T*")), standard());

        assertEquals(new InterchangeHeader(Syntax.X12, "000000101", new Party("ZZ", "DEMOFWD"), new Party("ZZ", "BORDERGW"),
                "261122", "1412", true, true, "U", "00401", new Delimiters('~', '*', '>', null, null, '.')), run.headers.get(0));
        MessageOutcome set = run.messages.get(0);
        assertEquals(List.of("000000101", "101", "309", "0001", "004010", Verdict.ACCEPTED),
                List.of(set.interchange(), set.group(), set.type(), set.controlNumber(), set.version(), set.verdict()));
    }

    @Test
    void reads_control_characters_as_separators() {
        // StAEDI, which reads the acknowledgment back, takes a control character in ISA16 for bad data: '>' stays
        String interchange = DEMO.replace('*', '\u001D').replace('~', '\u001C');

        X12TestKit.Run run = X12TestKit.run(bytes(interchange), profile(forwarder()));

        assertEquals(List.of("interchange 000000101", "group 101", "set 309 0001 A", "end group 101 A",
                "end interchange 000000101 A"), run.log);
        assertEquals(new Delimiters('\u001C', '\u001D', '>', null, null, '.'), run.headers.get(0).delimiters());
        assertTrue(run.acks.acks().get(0).text().startsWith("ISA\u001D00\u001D"));
        assertEquals(List.of(), AckParser.errors(run.acks.acks().get(0).text()));
    }

    @Test
    void tolerates_line_breaks_after_terminators_and_a_missing_last_terminator() {
        String interchange = DEMO.replace("~", "~\r\n");
        interchange = interchange.substring(0, interchange.length() - 3);

        X12TestKit.Run run = X12TestKit.run(bytes(interchange), standard());

        assertEquals("end interchange 000000101 A", run.log.get(run.log.size() - 1));
    }

    @Test
    void answers_an_interchange_whose_separators_cannot_be_used_with_the_usual_ones() {
        X12TestKit.Run run = X12TestKit.run(bytes(demo("*0*P*>~", "*0*P*A~") + DEMO.replace("000000101", "000000102")),
                standard());

        assertEquals(List.of("interchange 000000101", "end interchange 000000101 R", "interchange 000000102", "group 101",
                "set 309 0001 A", "end group 101 A", "end interchange 000000102 A"), run.log);
        assertEquals(x12("""
                ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*:~
                TA1*000000101*261122*1412*R*027~
                IEA*0*000000001~
                """), run.acks.acks().get(0).text());
        assertEquals(List.of(), AckParser.errors(run.acks.acks().get(0).text()));
    }

    @Test
    void reports_data_that_is_no_interchange_as_unreadable_and_reads_on() {
        String junk = "Dear customs officer,\r\nplease find attached\r\n";
        String brokenIsa = "ISA*00*          *00*\r\n";
        String input = junk + DEMO + brokenIsa + DEMO.replace("000000101", "000000102");

        X12TestKit.Run run = X12TestKit.run(bytes(input), standard());

        assertEquals(List.of("unreadable at 0", "interchange 000000101", "group 101", "set 309 0001 A", "end group 101 A",
                "end interchange 000000101 A", "unreadable at " + (junk.length() + DEMO.length()), "interchange 000000102",
                "group 101", "set 309 0001 A", "end group 101 A", "end interchange 000000102 A"), run.log);
        assertEquals(List.of("0: " + junk.length() + " bytes that are not part of an X12 interchange (no ISA before them)",
                (junk.length() + DEMO.length()) + ": the ISA segment breaks off after 4 of its 16 elements (the line ends;"
                        + " element separator '*')"), run.unreadable);
        assertEquals(2, run.acks.acks().size());
    }

    @ParameterizedTest(name = "an ISA whose {0} cannot be read is unreadable")
    @CsvSource(delimiter = '|', value = {
        "control number|ISA*00*          *00*          *ZZ*DEMOFWD        *ZZ*BORDERGW       *261122*1412*U*00401*00000010A*0*P*>~|the ISA's control number (ISA13) '00000010A' is not a number, so no acknowledgment can refer to it",
        "sender|ISA*00*          *00*          *ZZ*               *ZZ*BORDERGW       *261122*1412*U*00401*000000101*0*P*>~|the ISA names no sender (ISA06 is blank), so no acknowledgment can be addressed",
        "terminator|ISA*00*          *00*          *ZZ*DEMOFWD        *ZZ*BORDERGW       *261122*1412*U*00401*000000101*0*P*>|the data ends inside the ISA segment, before its segment terminator"})
    void an_isa_too_broken_to_answer_is_unreadable(String what, String isa, String reason) {
        X12TestKit.Run run = X12TestKit.run(bytes(isa), standard());

        assertEquals(List.of("0: " + reason), run.unreadable);
        assertEquals(List.of("unreadable at 0"), run.log);
        assertEquals(List.of(), run.acks.acks());
    }

    @Test
    void reads_nothing_from_an_empty_stream() {
        X12TestKit.Run run = X12TestKit.run(new byte[0], standard());

        assertEquals(List.of(), run.log);
    }

    @Test
    void answers_a_duplicate_interchange_with_TA1_025_and_reads_no_further() {
        ValidationProfile profile = profile(forwarder(), new InMemoryInterchangeHistory());
        InMemoryControlNumbers numbers = new InMemoryControlNumbers();
        X12TestKit.run(new ByteArrayInputStream(bytes(DEMO)), profile, numbers);

        X12TestKit.Run again = X12TestKit.run(new ByteArrayInputStream(bytes(DEMO)), profile, numbers);

        assertEquals(List.of("interchange 000000101", "end interchange 000000101 R"), again.log);
        assertEquals(x12("""
                TA1 for 000000101
                ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                TA1*000000101*261122*1412*R*025~
                IEA*0*000000002~
                """).replace("000000101I", "000000101\nI"), again.ackText().replace("~\n", "~"));
        assertEquals(Verdict.REJECTED, again.interchanges.get(0).verdict());
        assertEquals(1, again.interchanges.get(0).messages());
        assertEquals(0, again.interchanges.get(0).acceptedMessages());
    }

    @Test
    void does_not_record_an_interchange_turned_away_for_its_header() {
        ValidationProfile profile = profile(forwarder(), new InMemoryInterchangeHistory());
        X12TestKit.run(bytes(demo("*261122*1412*U*", "*261131*1412*U*")), profile);

        X12TestKit.Run corrected = X12TestKit.run(bytes(DEMO), profile);

        assertEquals(Verdict.ACCEPTED, corrected.interchanges.get(0).verdict());
    }

    @Test
    void checks_the_sets_of_an_interchange_rejected_for_its_header_but_accepts_none() {
        X12TestKit.Run run = X12TestKit.run(bytes(demo("*261122*1412*U*", "*261131*1412*U*")), standard());

        assertEquals("set 309 0001 A", run.log.get(2));
        assertEquals(0, run.interchanges.get(0).acceptedMessages());
        assertEquals(List.of("TA1"), run.acks.acks().stream().map(a -> a.kind().name()).toList());
    }

    @Test
    void streams_reporting_each_set_long_before_the_end_of_a_large_interchange() throws IOException {
        int sets = 2_000;
        GeneratedInterchange input = new GeneratedInterchange(sets);
        long[] readWhenFirstSetChecked = {-1};
        int[] checked = {0};
        SyntaxEvents events = new SyntaxEvents() {
            @Override
            public void messageChecked(MessageOutcome outcome) {
                if (checked[0]++ == 0) {
                    readWhenFirstSetChecked[0] = input.read;
                }
                assertEquals(Verdict.ACCEPTED, outcome.verdict(), () -> outcome.findings().toString());
            }
        };

        X12TestKit.VALIDATOR.validate(input, standard(), events);

        assertEquals(sets, checked[0]);
        assertTrue(readWhenFirstSetChecked[0] < 64 * 1024, "read " + readWhenFirstSetChecked[0] + " bytes before the first set");
        assertTrue(input.read > 10 * readWhenFirstSetChecked[0], "the interchange is " + input.read + " bytes");
    }

    @Test
    void a_failing_input_stream_fails_the_run_instead_of_becoming_a_finding() {
        byte[] data = bytes(DEMO);
        int failAt = DEMO.indexOf("N10*");
        InputStream failing = new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position == failAt) {
                    throw new IOException("connection reset");
                }
                return position < data.length ? data[position++] & 0xFF : -1;
            }
        };

        IOException failure = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> X12TestKit.VALIDATOR.validate(failing, standard(), new SyntaxEvents() { }));

        assertEquals("connection reset", failure.getMessage());
    }

    @Test
    void one_validator_serves_several_threads() throws Exception {
        List<String> files = List.of("309-invalid-code.edi", "309-several-interchanges.edi", "358-truck-consist.edi");
        List<String> alone = files.stream().map(file -> X12TestKit.run(X12TestKit.sample(file), standard()).ackText()).toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> together = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String file = files.get(i % files.size());
                together.add(threads.submit(() -> X12TestKit.run(X12TestKit.sample(file), standard()).ackText()));
            }
            for (int i = 0; i < together.size(); i++) {
                assertEquals(alone.get(i % files.size()), together.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** One interchange of many identical 309 sets, produced as it is read and never held whole. */
    private static final class GeneratedInterchange extends InputStream {

        private final int sets;
        private int produced;
        private byte[] chunk = bytes(DEMO.substring(0, DEMO.indexOf("ST*")));
        private int index;
        private boolean done;
        long read;

        GeneratedInterchange(int sets) {
            this.sets = sets;
        }

        @Override
        public int read() {
            if (index >= chunk.length && !next()) {
                return -1;
            }
            read++;
            return chunk[index++] & 0xFF;
        }

        private boolean next() {
            if (done) {
                return false;
            }
            index = 0;
            if (produced < sets) {
                produced++;
                String number = String.format("%04d", produced);
                chunk = bytes(DEMO.substring(DEMO.indexOf("ST*"), DEMO.indexOf("GE*")).replace("0001", number));
            } else {
                chunk = bytes("GE*" + sets + "*101~IEA*1*000000101~");
                done = true;
            }
            return true;
        }
    }
}
