package org.borderedi.gateway.edi.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Severity;
import org.borderedi.gateway.edi.Verdict;
import org.junit.jupiter.api.Test;

class CargoImpReaderTest {

    private static final String FWB = """
            FWB/17
            618-44103570SINYVR/T8K312.0
            SHP
            NAM/STRAITS PRECISION
            ADR/21 TUAS AVENUE 3
            LOC/SINGAPORE
            /SG/639413
            CNE
            NAM/CASCADE ROBOTICS INC
            ADR/4410 STILL CREEK DRIVE
            LOC/BURNABY/BC
            /CA/V5C6C6
            """;

    @Test
    void reports_each_line_as_a_segment_then_the_message() {
        Recording read = Recording.of(FWB);

        assertEquals(List.of("MSG", "AWB", "SHP", "CNE"), read.tags());
        assertEquals(List.of(1, 2, 3, 8), read.segments.stream().map(s -> s.position()).toList());
        MessageOutcome outcome = read.outcome();
        assertEquals(new MessageOutcome(null, null, "FWB", "618-44103570", "17", null, Verdict.ACCEPTED, List.of()), outcome);
    }

    @Test
    void builds_no_segments_for_a_listener_that_does_not_want_them() {
        Recording read = Recording.of(new ByteArrayInputStream(FWB.getBytes(StandardCharsets.US_ASCII)), false);

        assertTrue(read.segments.isEmpty());
        assertEquals(Verdict.ACCEPTED, read.outcome().verdict());
    }

    @Test
    void continuation_lines_join_the_party_block() {
        Recording read = Recording.of("""
                FWB/16
                618-44103570SINYVR/T8K312.0
                SHP/77
                NAM/STRAITS PRECISION ELECTRONICS
                /PTE LTD
                ADR/21 TUAS AVENUE 3
                /BLOCK B
                LOC/SINGAPORE
                /SG/639413/TE/6567730100
                ///FX/6567730101
                """);

        assertEquals(List.of("MSG", "AWB", "SHP"), read.tags());
        assertEquals("77|STRAITS PRECISION ELECTRONICS,PTE LTD|21 TUAS AVENUE 3,BLOCK B|SINGAPORE||SG|639413|TE,FX|6567730100,6567730101",
                Recording.compact(read.segment("SHP")));
    }

    @Test
    void party_written_with_bare_continuation_lines_has_the_same_layout() {
        Recording read = Recording.of("""
                FWB/16
                618-44103570SINYVR/T8K312.0
                CNE
                /CASCADE ROBOTICS INC
                /4410 STILL CREEK DRIVE
                /BURNABY/BC
                /CA/V5C6C6/TE/16045550133
                """);

        assertEquals("|CASCADE ROBOTICS INC|4410 STILL CREEK DRIVE|BURNABY|BC|CA|V5C6C6|TE|16045550133",
                Recording.compact(read.segment("CNE")));
        assertTrue(read.findings().isEmpty());
    }

    @Test
    void optional_lines_absent_leave_their_elements_empty() {
        Recording read = Recording.of("""
                FWB/17
                618-44103570SINYVR
                CNE
                NAM/CASCADE ROBOTICS INC
                """);

        assertEquals("618|44103570|SIN|YVR|||||||", Recording.compact(read.segment("AWB")));
        assertEquals(11, read.segment("AWB").elements().size());
        assertEquals("|CASCADE ROBOTICS INC|||||||", Recording.compact(read.segment("CNE")));
        assertEquals(9, read.segment("CNE").elements().size());
        assertEquals(Verdict.ACCEPTED, read.outcome().verdict());
    }

    @Test
    void keeps_the_weight_code_k_or_l_next_to_the_amount() {
        Recording kilos = Recording.of("FWB/17\n618-44103570SINYVR/T8K312.5\n");
        Recording pounds = Recording.of("FWB/17\n618-44103570SINYVR/T8L689\n");

        assertEquals(List.of("K", "312.5"), List.of(kilos.segment("AWB").element(7), kilos.segment("AWB").element(8)));
        assertEquals(List.of("L", "689"), List.of(pounds.segment("AWB").element(7), pounds.segment("AWB").element(8)));
    }

    @Test
    void reads_several_messages_of_one_file_in_order() {
        Recording read = Recording.of(FWB + """
                FHL/5
                MBI/618-44103570SINYVR/T8K312.0
                HBS/SIN0001/SINYVR/8/K312.0//ROBOT ARMS
                FFM/8
                1/SQ0026/21MAY/SIN
                YVR/NIL
                LAST
                """);

        assertEquals(List.of("FWB", "FHL", "FFM"), read.outcomes.stream().map(MessageOutcome::type).toList());
        assertEquals(List.of("618-44103570", "618-44103570", "SQ0026/21MAY"),
                read.outcomes.stream().map(MessageOutcome::controlNumber).toList());
        assertEquals(List.of(13, 16), read.segments.stream().filter(s -> s.tag().equals("MSG")).skip(1).map(s -> s.position()).toList());
    }

    @Test
    void skips_a_type_b_header_and_counts_its_lines() {
        Recording read = Recording.of("QK YYZFMXH YYZCSXH\n.SINFMSQ 210815\n" + FWB);

        assertEquals("FWB", read.outcome().type());
        assertEquals(3, read.segment("MSG").position());
        assertTrue(read.unreadable.isEmpty());
    }

    @Test
    void reads_cr_lf_line_ends_as_lf() {
        Recording lf = Recording.of(FWB);
        Recording crLf = Recording.of(FWB.replace("\n", "\r\n"));

        assertEquals(lf.segments, crLf.segments);
        assertEquals(lf.outcomes, crLf.outcomes);
    }

    @Test
    void rejects_a_non_ascii_character_naming_its_line_and_column() {
        Recording read = Recording.of(FWB.replace("CASCADE ROBOTICS", "SOCIÉTÉ CASCADE"));

        MessageOutcome outcome = read.outcome();
        assertEquals(Verdict.REJECTED, outcome.verdict());
        Finding finding = outcome.findings().get(0);
        assertEquals(FindingCode.CARGO_IMP_INVALID_CHARACTER, finding.code());
        assertEquals(9, finding.position().segment());
        assertEquals("CNE", finding.position().segmentTag());
        assertEquals(1, finding.position().element());
        assertEquals("618-44103570", finding.position().message());
        assertTrue(finding.text().startsWith("line 9 column 9:"), finding.text());
    }

    @Test
    void rejects_lower_case_letters() {
        Recording read = Recording.of(FWB.replace("NAM/CASCADE ROBOTICS INC", "NAM/Cascade Robotics"));

        assertEquals(List.of(FindingCode.CARGO_IMP_INVALID_CHARACTER), read.findings().stream().map(Finding::code).toList());
        assertTrue(read.findings().get(0).text().startsWith("line 9 column 6: the lower-case letter 'a'"));
    }

    @Test
    void rejects_a_message_type_it_does_not_read_and_keeps_its_lines() {
        Recording read = Recording.of("FZQ/3\nABC/1/2\n");

        MessageOutcome outcome = read.outcome();
        assertEquals("FZQ", outcome.type());
        assertNull(outcome.controlNumber());
        assertEquals(List.of(FindingCode.CARGO_IMP_INVALID_MESSAGE_TYPE), outcome.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("MSG", "ABC"), read.tags());
    }

    @Test
    void rejects_a_version_it_does_not_read() {
        Recording read = Recording.of("FWB/9\n618-44103570SINYVR/T8K312.0\n");

        Finding finding = read.outcome().findings().get(0);
        assertEquals(FindingCode.CARGO_IMP_UNSUPPORTED_VERSION, finding.code());
        assertEquals(2, finding.position().element());
        assertEquals(Verdict.REJECTED, read.outcome().verdict());
    }

    @Test
    void rejects_a_waybill_line_that_cannot_be_split_and_keeps_it_generic() {
        Recording read = Recording.of("FWB/17\n618-4410357SINYVR/T8K312.0\n");

        Finding finding = read.outcome().findings().get(0);
        assertEquals(FindingCode.CARGO_IMP_BAD_LINE_FORMAT, finding.code());
        assertEquals(2, finding.position().segment());
        assertEquals("618-4410357", read.outcome().controlNumber());
        assertEquals("618-4410357SINYVR|T8K312.0", Recording.compact(read.segment("AWB")));
    }

    @Test
    void warns_of_an_unknown_line_identifier_and_splits_it_on_slashes() {
        Recording read = Recording.of("FWB/17\n618-44103570SINYVR/T8K312.0\nXYZ/A//B\n/C\n");

        Finding finding = read.outcome().findings().get(0);
        assertEquals(FindingCode.CARGO_IMP_UNKNOWN_LINE, finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(Verdict.ACCEPTED, read.outcome().verdict());
        assertEquals("A||B|C", Recording.compact(read.segment("XYZ")));
    }

    @Test
    void warns_of_a_line_longer_than_69_characters() {
        Recording read = Recording.of("FWB/17\n618-44103570SINYVR/T8K312.0\nSSR/" + "X".repeat(66) + "\n");

        Finding finding = read.outcome().findings().get(0);
        assertEquals(FindingCode.CARGO_IMP_LINE_TOO_LONG, finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(3, finding.position().segment());
    }

    @Test
    void warns_of_a_waybill_serial_failing_its_check_digit() {
        Recording read = Recording.of("FWB/17\n618-44103571SINYVR/T8K312.0\n");

        Finding finding = read.outcome().findings().get(0);
        assertEquals(FindingCode.CARGO_IMP_AWB_CHECK_DIGIT, finding.code());
        assertEquals(Severity.WARNING, finding.severity());
        assertEquals(Verdict.ACCEPTED, read.outcome().verdict());
    }

    @Test
    void rejects_a_continuation_line_that_continues_nothing() {
        Recording read = Recording.of("FWB/17\n/ORPHAN\n618-44103570SINYVR/T8K312.0\n");

        assertEquals(List.of(FindingCode.CARGO_IMP_BAD_LINE_FORMAT), read.findings().stream().map(Finding::code).toList());
        assertEquals(List.of("MSG", "UNKNOWN", "AWB"), read.tags());
    }

    @Test
    void reports_text_before_the_first_message_as_unreadable_with_its_offset() {
        Recording read = Recording.of("HELLO\nFWB/17\n618-44103570SINYVR/T8K312.0\n");

        assertEquals(List.of("0: text before the first Cargo-IMP message, from line 1: 'HELLO'"), read.unreadable);
        assertEquals("FWB", read.outcome().type());
    }

    @Test
    void reports_a_file_without_any_message_as_unreadable() {
        Recording read = Recording.of("QK YYZFMXH\n\n");

        assertTrue(read.outcomes.isEmpty());
        assertEquals(1, read.unreadable.size());
    }
}
