package org.borderedi.gateway.edi.edifact;

import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.PARTNER;
import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.PARTNER_ALWAYS;
import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.PARTNER_CODES_OFF;
import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.PARTNER_WARN;
import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.STANDARD;
import static org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile.X12_ONLY_PARTNER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile;
import org.borderedi.gateway.edi.edifact.EdifactTestKit.Run;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples in edi-samples/edifact, each with the profile it is read with, what the validator reports for each
 * interchange, every finding and the exact CONTRL text (one segment per line here; the CONTRL itself has no line
 * breaks, and its own date and time come from a fixed clock). Every CONTRL is also read back with StAEDI.
 */
class EdifactSamplesTest {

    /** One sample read with one profile. */
    record Row(String behaviour, String sample, Profile profile, List<String> interchanges, List<String> findings,
            List<String> contrls) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<Row> rows() {
        return Stream.of(
                new Row("clean CUSCAR D95B is acknowledged with UCI 7 when UNB 0031 asks", "cuscar-d95b-ocean.edi", PARTNER,
                        List.of("DF0000101 ACCEPTED 1/1"),
                        List.of(),
                        contrls("""
                                UNA:+.? '
                                UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000101+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+DF0001+CUSCAR:D:95B:UN+7'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("clean CUSCAR D03B gets no CONTRL when none is asked for", "cuscar-d03b-ocean.edi", PARTNER,
                        List.of("DF0000201 ACCEPTED 1/1"),
                        List.of(),
                        List.of()),
                new Row("clean CUSCAR D03B in syntax 4 is acknowledged with CONTRL 4:1 when the partner wants it always",
                        "cuscar-d03b-ocean.edi", PARTNER_ALWAYS,
                        List.of("DF0000201 ACCEPTED 1/1"),
                        List.of(),
                        contrls("""
                                UNB+UNOC:4+BORDERGW:ZZ+DEMOFWD:ZZ+20261122:1500+1'
                                UNH+1+CONTRL:4:1:UN'
                                UCI+DF0000201+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+DF0002+CUSCAR:D:03B:UN+7'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("released separators are data, and echoed references are escaped again",
                        "cuscar-d95b-released-separators.edi", PARTNER,
                        List.of("DF+1:2'3? ACCEPTED 1/1"),
                        List.of(),
                        contrls("""
                                UNA:+.? '
                                UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF?+1?:2?'3??+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+M?+1+CUSCAR:D:95B:UN+7'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("a wrong UNT count rejects the message (UCM 4, error 29)", "cuscar-d95b-unt-count-wrong.edi", PARTNER,
                        List.of("DF0000301 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000301, message 1, segment 10 (UNT), element 1: UNT says 11 segments,"
                                + " the message has 10 (value '11') [element 0074] [SEGMENT_COUNT_MISMATCH, X12 MESSAGE 4, EDIFACT 29]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+4+29+UNT+2'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("UNT repeating another reference than UNH rejects the message (error 28)",
                        "cuscar-d95b-unt-reference-mismatch.edi", PARTNER,
                        List.of("DF0000301 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000301, message 1, segment 10 (UNT), element 2: UNT reference '2' does not"
                                + " match UNH reference '1' (value '2') [element 0062] [MESSAGE_CONTROL_NUMBER_MISMATCH, X12 MESSAGE 3, EDIFACT 28]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+4+28+UNT+3'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("a wrong UNZ count rejects the interchange (UCI 4, error 29)", "cuscar-d95b-unz-count-wrong.edi", PARTNER,
                        List.of("DF0000301 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000301, segment 12 (UNZ), element 1: UNZ says 2 messages, the interchange"
                                + " has 1 message (value '2') [element 0036] [GROUP_COUNT_MISMATCH, X12 INTERCHANGE 021, EDIFACT 29]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+4+29+UNZ+2'
                                UNT+3+1'
                                UNZ+1+1'
                                """)),
                new Row("an interchange received again is a duplicate (UCI 4, error 26) and goes no further",
                        "cuscar-d95b-duplicate.edi", PARTNER,
                        List.of("DF0000303 ACCEPTED 1/1", "DF0000303 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000303, segment 1 (UNB), element 5: interchange DF0000303 from DEMOFWD"
                                + " (qualifier ZZ) was received before, first at <time> (value 'DF0000303') [element 0020]"
                                + " [DUPLICATE_INTERCHANGE, X12 INTERCHANGE 025, EDIFACT 26]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000303+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+7'
                                UNT+4+1'
                                UNZ+1+1'
                                """, """
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+2'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000303+DEMOFWD:ZZ+BORDERGW:ZZ+4+26+UNB+6'
                                UNT+3+1'
                                UNZ+1+2'
                                """)),
                new Row("lower-case letters in UNOA are invalid characters (error 21) at their element",
                        "cuscar-d95b-unoa-lower-case.edi", PARTNER,
                        List.of("DF0000301 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000301, message 1, segment 9 (FTX), element 4.1: FTX 4440 (Free text)"
                                + " 'Machine parts' holds lower-case letter 'a' at character 2, which UNOA does not allow"
                                + " (value 'Machine parts') [element 4440] [INVALID_CHARACTER, X12 ELEMENT 6, EDIFACT 21]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+4'
                                UCS+9'
                                UCD+21+5:1'
                                UNT+6+1'
                                UNZ+1+1'
                                """)),
                new Row("a sender that is not the partner's identity is rejected (UCI 4, error 23)",
                        "cuscar-d95b-spoofed-sender.edi", PARTNER,
                        List.of("DF0000301 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000301, segment 1 (UNB), element 2.1: sender ACMEFWD (qualifier ZZ) is not"
                                + " an EDIFACT identity of partner demo-forwarder (DEMOFWD) (value 'ACMEFWD') [element 0004]"
                                + " [SENDER_NOT_AUTHORIZED, X12 INTERCHANGE 006, EDIFACT 23]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+ACMEFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+ACMEFWD:ZZ+BORDERGW:ZZ+4+23+UNB+3:1'
                                UNT+3+1'
                                UNZ+1+1'
                                """)),
                new Row("an interchange for someone else is rejected (error 7), answered from the gateway's own identity",
                        "cuscar-d95b-not-the-recipient.edi", PARTNER,
                        List.of("DF0000305 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000305, segment 1 (UNB), element 3.1: recipient OTHERGW (qualifier ZZ) is"
                                + " not this gateway (BORDERGW) (value 'OTHERGW') [element 0010] [NOT_THE_RECIPIENT, X12 INTERCHANGE 009, EDIFACT 7]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000305+DEMOFWD:ZZ+OTHERGW:ZZ+4+7+UNB+4:1'
                                UNT+3+1'
                                UNZ+1+1'
                                """)),
                new Row("one bad message among good ones: UCI 7 and UCM 4 for the bad one only", "cuscar-d95b-one-bad-message.edi", PARTNER,
                        List.of("DF0000302 ACCEPTED_WITH_ERRORS 2/3"),
                        List.of("ERROR at interchange DF0000302, message 2, segment 6 (RFF), element 1.1: RFF 1153 (Reference"
                                + " qualifier) is mandatory and missing [element 1153] [MANDATORY_ELEMENT_MISSING, X12 ELEMENT 1, EDIFACT 13]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000302+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+2+CUSCAR:D:95B:UN+4'
                                UCS+6'
                                UCD+13+2:1'
                                UNT+6+1'
                                UNZ+1+1'
                                """)),
                new Row("one bad message among good ones, every message answered when the partner wants CONTRL always",
                        "cuscar-d95b-one-bad-message.edi", PARTNER_ALWAYS,
                        List.of("DF0000302 ACCEPTED_WITH_ERRORS 2/3"),
                        List.of("ERROR at interchange DF0000302, message 2, segment 6 (RFF), element 1.1: RFF 1153 (Reference"
                                + " qualifier) is mandatory and missing [element 1153] [MANDATORY_ELEMENT_MISSING, X12 ELEMENT 1, EDIFACT 13]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000302+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+7'
                                UCM+2+CUSCAR:D:95B:UN+4'
                                UCS+6'
                                UCD+13+2:1'
                                UCM+3+CUSCAR:D:95B:UN+7'
                                UNT+8+1'
                                UNZ+1+1'
                                """)),
                new Row("a code not in the directory's list rejects the message (error 12) with strict code lists",
                        "cuscar-d95b-invalid-code.edi", PARTNER,
                        List.of("DF0000301 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000301, message 1, segment 2 (BGM), element 1.1: BGM 1001 (Document message"
                                + " name coded) 'ZZZ' is not a code of the D95B code list (value 'ZZZ') [element 1001]"
                                + " [INVALID_CODE_VALUE, X12 ELEMENT 7, EDIFACT 12]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+4'
                                UCS+2'
                                UCD+12+2:1'
                                UNT+6+1'
                                UNZ+1+1'
                                """)),
                new Row("a code not in the list is a warning and the message is acknowledged with code lists in warn",
                        "cuscar-d95b-invalid-code.edi", PARTNER_WARN,
                        List.of("DF0000301 ACCEPTED_WITH_ERRORS 1/1"),
                        List.of("WARNING at interchange DF0000301, message 1, segment 2 (BGM), element 1.1: BGM 1001 (Document message"
                                + " name coded) 'ZZZ' is not a code of the D95B code list (value 'ZZZ') [element 1001]"
                                + " [INVALID_CODE_VALUE, X12 ELEMENT 7, EDIFACT 12]"),
                        List.of()),
                new Row("codes are not checked with code lists off", "cuscar-d95b-invalid-code.edi", PARTNER_CODES_OFF,
                        List.of("DF0000301 ACCEPTED 1/1"),
                        List.of(),
                        List.of()),
                new Row("a missing mandatory element and segment are missing (error 13) where they were expected",
                        "cuscar-d95b-missing-mandatory.edi", PARTNER,
                        List.of("DF0000301 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000301, message 1, segment 4 (LOC), element 1: LOC 3227 (Place location"
                                        + " qualifier) is mandatory and missing [element 3227] [MANDATORY_ELEMENT_MISSING, X12 ELEMENT 1, EDIFACT 13]",
                                "ERROR at interchange DF0000301, message 1, segment 8 (GID): mandatory segment GID is missing in segment"
                                        + " group SG5 before segment 8 (UNT) [MANDATORY_SEGMENT_MISSING, X12 SEGMENT 3, EDIFACT 13]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+4'
                                UCS+4'
                                UCD+13+2'
                                UCS+8+13'
                                UNT+7+1'
                                UNZ+1+1'
                                """)),
                new Row("an unsupported syntax identifier is rejected (error 2) in its own terms", "cuscar-d95b-unsupported-syntax-level.edi",
                        PARTNER,
                        List.of("DF0000304 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000304, segment 1 (UNB), element 1.1: syntax identifier UNOX is not supported:"
                                + " the gateway reads UNOA to UNOK, UNOW and UNOY (value 'UNOX') [element 0001] [SYNTAX_LEVEL_NOT_SUPPORTED, EDIFACT 2]"),
                        contrls("""
                                UNB+UNOX:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000304+DEMOFWD:ZZ+BORDERGW:ZZ+4+2+UNB+2:1'
                                UNT+3+1'
                                UNZ+1+1'
                                """)),
                new Row("CUSCAR in a directory the gateway does not read is not supported (error 14)",
                        "cuscar-d97a-unsupported-directory.edi", PARTNER,
                        List.of("DF0000306 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000306, message 1, segment 1 (UNH), element 2.1: CUSCAR D:97A:UN is not"
                                + " supported: the gateway reads CUSCAR D:95B:UN, D:96A:UN and D:03B:UN (value 'CUSCAR')"
                                + " [element 0065] [MESSAGE_TYPE_NOT_SUPPORTED, X12 MESSAGE 1, EDIFACT 14]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000306+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:97A:UN+4+14+UNH+3:1'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("CUSCAR from a partner that may not file it is not supported (error 14)", "cuscar-d95b-ocean.edi",
                        X12_ONLY_PARTNER,
                        List.of("DF0000101 ACCEPTED_WITH_ERRORS 0/1"),
                        List.of("ERROR at interchange DF0000101, message DF0001, segment 1 (UNH), element 2.1: partner demo-forwarder"
                                + " may not file CUSCAR (value 'CUSCAR') [element 0065] [MESSAGE_TYPE_NOT_AGREED, X12 MESSAGE 1, EDIFACT 17]"),
                        contrls("""
                                UNA:+.? '
                                UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000101+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+DF0001+CUSCAR:D:95B:UN+4+17+UNH+3:1'
                                UNT+4+1'
                                UNZ+1+1'
                                """)),
                new Row("an interchange whose data ends before its UNZ is rejected (error 13)", "cuscar-d95b-no-trailer.edi", PARTNER,
                        List.of("DF0000307 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000307, segment 12 (UNZ): the data ends after segment 11 of the interchange,"
                                + " without its UNZ trailer [PREMATURE_END_OF_DATA, X12 INTERCHANGE 023, EDIFACT 13]"),
                        contrls("""
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000307+DEMOFWD:ZZ+BORDERGW:ZZ+4+13+UNZ'
                                UNT+3+1'
                                UNZ+1+1'
                                """)),
                new Row("UNG groups get a UCF each; a wrong UNE count rejects its group (UCF 4, error 29)", "cuscar-d95b-groups.edi",
                        PARTNER,
                        List.of("DF0000308 ACCEPTED_WITH_ERRORS 2/3"),
                        List.of("ERROR at interchange DF0000308, group G2, segment 35 (UNE), element 1: UNE says 2 messages, the group"
                                + " has 1 (value '2') [element 0060] [GROUP_MESSAGE_COUNT_MISMATCH, X12 GROUP 5, EDIFACT 29]"),
                        contrls("""
                                UNA:+.? '
                                UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000308+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCF+G1+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+1+CUSCAR:D:95B:UN+7'
                                UCM+2+CUSCAR:D:95B:UN+7'
                                UCF+G2+DEMOFWD:ZZ+BORDERGW:ZZ+4+29+UNE+2'
                                UNT+7+1'
                                UNZ+1+1'
                                """)),
                new Row("several interchanges in one file are each answered on their own", "several-interchanges.edi", PARTNER,
                        List.of("DF0000101 ACCEPTED 1/1", "DF0000201 ACCEPTED 1/1", "DF0000301 REJECTED 0/1"),
                        List.of("ERROR at interchange DF0000301, segment 12 (UNZ), element 1: UNZ says 2 messages, the interchange"
                                + " has 1 message (value '2') [element 0036] [GROUP_COUNT_MISMATCH, X12 INTERCHANGE 021, EDIFACT 29]"),
                        contrls("""
                                UNA:+.? '
                                UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+1'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000101+DEMOFWD:ZZ+BORDERGW:ZZ+7'
                                UCM+DF0001+CUSCAR:D:95B:UN+7'
                                UNT+4+1'
                                UNZ+1+1'
                                """, """
                                UNB+UNOA:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+2'
                                UNH+1+CONTRL:D:3:UN'
                                UCI+DF0000301+DEMOFWD:ZZ+BORDERGW:ZZ+4+29+UNZ+2'
                                UNT+3+1'
                                UNZ+1+2'
                                """)),
                new Row("data around an interchange is unreadable; the interchange itself is read", "unreadable-data-around-an-interchange.edi",
                        STANDARD,
                        List.of("DF0000309 ACCEPTED 1/1"),
                        List.of(),
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void answers_each_sample_as_the_standard_and_its_partner_expect(Row row) {
        Run run = EdifactTestKit.run(row.sample(), row.profile().create());

        assertEquals(row.interchanges(), run.interchanges.stream()
                .map(i -> i.header().controlNumber() + " " + i.verdict() + " " + i.acceptedMessages() + "/" + i.messages()).toList());
        assertEquals(row.findings(), run.findings.stream().map(Finding::toString)
                .map(text -> text.replaceAll("first at \\S+ \\(", "first at <time> (")).toList());
        assertEquals(row.contrls(), run.contrls());
    }

    /** CONTRL texts written one segment per line, as the single line each really is. */
    private static List<String> contrls(String... texts) {
        return Arrays.stream(texts).map(text -> text.replace("\n", "")).toList();
    }
}
