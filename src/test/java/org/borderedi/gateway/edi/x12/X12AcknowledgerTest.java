package org.borderedi.gateway.edi.x12;

import static org.borderedi.gateway.edi.x12.X12TestKit.CLOCK;
import static org.borderedi.gateway.edi.x12.X12TestKit.forwarder;
import static org.borderedi.gateway.edi.x12.X12TestKit.profile;
import static org.borderedi.gateway.edi.x12.X12TestKit.standard;
import static org.borderedi.gateway.edi.x12.X12TestKit.x12;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.AckKind;
import org.borderedi.gateway.edi.AckOutput;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.ControlNumbers;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.InMemoryControlNumbers;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.CodeListMode;
import org.junit.jupiter.api.Test;

/** The acknowledger on its own, fed events directly: what only crafted events can show. */
class X12AcknowledgerTest {

    private static final Delimiters STANDARD = new Delimiters('~', '*', ':', null, null, '.');
    private static final Delimiters WITH_REPETITION = new Delimiters('~', '*', ':', '^', null, '.');

    private static InterchangeHeader header(String version, Delimiters delimiters) {
        return new InterchangeHeader(Syntax.X12, "000000501", new Party("ZZ", "DEMOFWD"), new Party("ZZ", "BORDERGW"),
                "261122", "1412", false, false, version.equals("00401") ? "U" : null, version, delimiters);
    }

    private static GroupHeader group(String sender) {
        return new GroupHeader("000000501", "SO", "501", new Party(null, sender), new Party(null, "BORDERGW"), "20261122",
                "1412", "004010");
    }

    private static Position set(String controlNumber) {
        return Position.ofMessage("000000501", "501", controlNumber);
    }

    private static Finding elementError(FindingCode code, String controlNumber, int segment, String tag, int element,
            int component, int repetition, String reference, String value) {
        return Finding.error(code, set(controlNumber).atSegment(segment, tag, "LX").atElement(element, component, repetition),
                "a fault").withElement(reference, value);
    }

    /** Feeds one interchange of one group with these sets to an acknowledger and returns what it committed. */
    private static List<CollectedAcks.Ack> answer(ValidationProfile profile, InterchangeHeader header, String groupSender,
            List<MessageOutcome> sets) {
        CollectedAcks out = new CollectedAcks();
        X12Acknowledger acknowledger = new X12Acknowledger(profile, new InMemoryControlNumbers(), out, CLOCK);
        GroupHeader group = group(groupSender);
        acknowledger.interchangeStarted(header);
        acknowledger.groupStarted(group);
        sets.forEach(acknowledger::messageChecked);
        int accepted = (int) sets.stream().filter(s -> s.verdict().accepted()).count();
        Verdict verdict = accepted == sets.size() ? Verdict.ACCEPTED : accepted == 0 ? Verdict.REJECTED : Verdict.PARTIALLY_ACCEPTED;
        acknowledger.groupEnded(new GroupOutcome(group, sets.size(), sets.size(), accepted, verdict, List.of()));
        acknowledger.interchangeEnded(new InterchangeOutcome(header, Verdict.ACCEPTED, 1, sets.size(), accepted, List.of()));
        return out.acks();
    }

    @Test
    void cuts_echoed_values_before_any_of_the_acknowledgments_separators() {
        MessageOutcome set = new MessageOutcome("000000501", "501", "309", "12*34~5", "004010", null, Verdict.REJECTED, List.of(
                elementError(FindingCode.INVALID_CODE_VALUE, "12*34~5", 5, "M11", 6, 0, 0, "188", "BAD*VALUE~AK5*A"),
                elementError(FindingCode.ELEMENT_TOO_LONG, "12*34~5", 5, "M11", 7, 0, 0, "183", "~AK9*A*1*1*1"),
                elementError(FindingCode.INVALID_CHARACTER, "12*34~5", 5, "M11", 8, 0, 0, null, "E:X")));

        List<CollectedAcks.Ack> acks = answer(standard(), header("00401", STANDARD), "DEMO*FWD~GS", List.of(set));

        assertEquals(x12("""
                ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*:~
                GS*FA*BORDERGW*DEMO*20261123*0805*1*X*004010~
                ST*997*0001~
                AK1*SO*501~
                AK2*309*12  ~
                AK3*M11*5*LX*8~
                AK4*6*188*7*BAD~
                AK4*7*183*5~
                AK4*8**6*E~
                AK5*R*5~
                AK9*R*1*1*0~
                SE*10*0001~
                GE*1*1~
                IEA*1*000000001~
                """), acks.get(0).text());
        assertEquals(List.of(), AckParser.errors(acks.get(0).text()));
    }

    @Test
    void writes_a_999_with_component_and_repetition_positions_and_the_versions() {
        MessageOutcome set = new MessageOutcome("000000501", "501", "309", "0001", "004010", null, Verdict.REJECTED, List.of(
                Finding.error(FindingCode.MANDATORY_SEGMENT_MISSING, set("0001").atSegment(2, "M10", null), "missing"),
                elementError(FindingCode.ELEMENT_TOO_LONG, "0001", 9, "N9", 7, 2, 0, "127", "TOO LONG A REFERENCE"),
                elementError(FindingCode.TOO_MANY_REPETITIONS, "0001", 9, "N9", 2, 0, 2, "127", "R2"),
                Finding.error(FindingCode.SEGMENT_COUNT_MISMATCH, set("0001").atSegment(14, "SE", null), "count")));
        ValidationProfile profile = profile(forwarder(FunctionalAck.X12_999, AckPolicy.WHEN_REQUESTED, CodeListMode.STRICT));

        List<CollectedAcks.Ack> acks = answer(profile, header("00501", WITH_REPETITION), "DEMOFWD", List.of(set));

        assertEquals(AckKind.X12_999, acks.get(0).kind());
        assertEquals(x12("""
                ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*^*00501*000000001*0*P*:~
                GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*005010X231A1~
                ST*999*0001*005010X231A1~
                AK1*SO*501*004010~
                AK2*309*0001~
                IK3*M10*2**3~
                IK3*N9*9*LX*8~
                IK4*7:2*127*5*TOO LONG A REFERENCE~
                IK4*2::2*127*12*R2~
                IK5*R*5*4~
                AK9*R*1*1*0~
                SE*10*0001~
                GE*1*1~
                IEA*1*000000001~
                """), acks.get(0).text());
        assertEquals(List.of(), AckParser.errors(acks.get(0).text()));
    }

    @Test
    void a_4010_997_gives_no_repetition_positions_a_5010_one_does() {
        MessageOutcome set = new MessageOutcome("000000501", "501", "309", "0001", "004010", null, Verdict.REJECTED,
                List.of(elementError(FindingCode.TOO_MANY_REPETITIONS, "0001", 5, "M11", 6, 0, 2, "188", "L")));

        String v4010 = answer(standard(), header("00401", STANDARD), "DEMOFWD", List.of(set)).get(0).text();
        String v5010 = answer(standard(), header("00501", WITH_REPETITION), "DEMOFWD", List.of(set)).get(0).text();

        assertTrue(v4010.contains("~AK4*6*188*12*L~"), v4010);
        assertTrue(v5010.contains("~AK4*6::2*188*12*L~") && v5010.contains("*X*005010~"), v5010);
        assertEquals(List.of(), AckParser.errors(v5010));
    }

    @Test
    void reports_at_most_99_element_errors_per_segment_and_5_codes_per_set() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            findings.add(elementError(FindingCode.MANDATORY_ELEMENT_MISSING, "0001", 5, "M11", i % 19 + 1, 0, 0, "598", null));
        }
        for (FindingCode code : List.of(FindingCode.MESSAGE_TRAILER_MISSING, FindingCode.MESSAGE_CONTROL_NUMBER_MISMATCH,
                FindingCode.SEGMENT_COUNT_MISMATCH, FindingCode.INVALID_MESSAGE_TYPE, FindingCode.INVALID_MESSAGE_CONTROL_NUMBER,
                FindingCode.DUPLICATE_MESSAGE_CONTROL_NUMBER)) {
            findings.add(Finding.error(code, set("0001").atSegment(14, "SE", null), "set fault"));
        }
        MessageOutcome set = new MessageOutcome("000000501", "501", "309", "0001", "004010", null, Verdict.REJECTED, findings);

        String ack = answer(standard(), header("00401", STANDARD), "DEMOFWD", List.of(set)).get(0).text();

        assertEquals(99, ack.split("~AK4\\*", -1).length - 1);
        assertTrue(ack.contains("~AK5*R*5*2*3*4*6~"), ack);
        assertEquals(List.of(), AckParser.errors(ack));
    }

    @Test
    void draws_control_numbers_from_the_partners_series_or_the_standard_ones() {
        List<String> drawn = new ArrayList<>();
        ControlNumbers numbers = (partner, series) -> {
            drawn.add(partner + " " + series);
            return drawn.size();
        };
        byte[] requested = X12TestKit.sample("309-ack-requested.edi");

        X12TestKit.run(new java.io.ByteArrayInputStream(requested), standard(), numbers);
        X12TestKit.run(new java.io.ByteArrayInputStream(requested), profile(forwarder()), numbers);

        assertEquals(List.of("standard x12-interchange", "standard x12-group", "standard x12-interchange",
                "demo-forwarder x12-interchange", "demo-forwarder x12-group", "demo-forwarder x12-interchange"), drawn);
    }

    @Test
    void discards_the_997_of_an_interchange_rejected_at_its_end() {
        RecordingOutput out = new RecordingOutput();
        X12Acknowledger acknowledger = new X12Acknowledger(standard(), new InMemoryControlNumbers(), out, CLOCK);

        try {
            X12TestKit.VALIDATOR.validate(new java.io.ByteArrayInputStream(X12TestKit.sample("309-iea-control-mismatch.edi")),
                    standard(), acknowledger);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertEquals(List.of("start X12_997 for 000000124", "start TA1 for 000000124", "commit TA1", "close TA1",
                "close X12_997"), out.log);
    }

    /** An acknowledgment output that logs what is started, committed and closed. */
    private static final class RecordingOutput implements AckOutput {

        final List<String> log = new ArrayList<>();

        @Override
        public Draft start(AckKind kind, String acknowledgedInterchange) {
            log.add("start " + kind + " for " + acknowledgedInterchange);
            StringWriter text = new StringWriter();
            return new Draft() {
                @Override
                public Writer writer() {
                    return text;
                }

                @Override
                public void commit() {
                    log.add("commit " + kind);
                }

                @Override
                public void close() {
                    log.add("close " + kind);
                }
            };
        }
    }
}
