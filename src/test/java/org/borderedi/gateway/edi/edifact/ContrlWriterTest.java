package org.borderedi.gateway.edi.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import org.borderedi.gateway.edi.edifact.EdifactTestKit.Profile;
import org.junit.jupiter.api.Test;

class ContrlWriterTest {

    private static final Party SENDER = new Party("ZZ", "DEMOFWD");
    private static final Party US = new Party("ZZ", "BORDERGW");

    private static InterchangeHeader header(String reference, Party sender, String version, Delimiters delimiters, boolean test,
            boolean ackRequested) {
        return new InterchangeHeader(Syntax.EDIFACT, reference, sender, US, "261122", "1412", test, ackRequested, "UNOC", version,
                delimiters);
    }

    private static MessageOutcome message(String interchange, String group, String reference, Verdict verdict, Finding... findings) {
        return new MessageOutcome(interchange, group, "CUSCAR", reference, "D:95B:UN", null, verdict, List.of(findings));
    }

    private static InterchangeOutcome outcome(InterchangeHeader header, Verdict verdict, int messages, Finding... findings) {
        return new InterchangeOutcome(header, verdict, 0, messages, verdict.accepted() ? messages : 0, List.of(findings));
    }

    private static ContrlWriter writer(ValidationProfile profile, ControlNumbers numbers, AckOutput out) {
        return new ContrlWriter(profile, numbers, out, EdifactTestKit.CLOCK);
    }

    @Test
    void escapes_every_separator_in_echoed_values_with_the_release_character() {
        Delimiters una = new Delimiters('\'', '+', ':', null, '?', '.');
        InterchangeHeader header = header("R+1:2'3?", new Party("Z:Z", "DEMO+FWD"), "3", una, false, true);
        CollectedAcks acks = new CollectedAcks();
        ContrlWriter contrl = writer(Profile.STANDARD.create(), new InMemoryControlNumbers(), acks);
        GroupHeader group = new GroupHeader("R+1:2'3?", "CUSCAR", "G'1", new Party(null, "APP:1"), new Party(null, "GW?"), "261122",
                "1412", "D:95B");

        contrl.interchangeStarted(header);
        contrl.groupStarted(group);
        contrl.messageChecked(message("R+1:2'3?", "G'1", "M?1+", Verdict.ACCEPTED));
        contrl.groupEnded(new GroupOutcome(group, 1, 1, 1, Verdict.ACCEPTED, List.of()));
        contrl.interchangeEnded(outcome(header, Verdict.ACCEPTED, 1));

        assertEquals(List.of("UNA:+.? 'UNB+UNOC:3+BORDERGW:ZZ+DEMO?+FWD:Z?:Z+261122:1500+1'UNH+1+CONTRL:D:3:UN'"
                + "UCI+R?+1?:2?'3??+DEMO?+FWD:Z?:Z+BORDERGW:ZZ+7'UCF+G?'1+APP?:1+GW??+7'UCM+M??1?++CUSCAR:D:95B:UN+7'"
                + "UNT+5+1'UNZ+1+1'"), acks.acks().stream().map(CollectedAcks.Ack::text).toList());
        ContrlReadBack.check(acks.acks().get(0).text());
    }

    @Test
    void writes_a_una_only_when_the_received_interchange_had_one() {
        Delimiters received = new Delimiters('\'', '+', ':', null, '?', '.'); // a UNA with the default characters
        for (Delimiters delimiters : List.of(ServiceStringAdvice.DEFAULT_BEFORE_VERSION_4, received)) {
            CollectedAcks acks = new CollectedAcks();
            ContrlWriter contrl = writer(Profile.STANDARD.create(), new InMemoryControlNumbers(), acks);
            InterchangeHeader header = header("R1", SENDER, "3", delimiters, false, true);

            contrl.interchangeStarted(header);
            contrl.interchangeEnded(outcome(header, Verdict.ACCEPTED, 0));

            assertEquals(delimiters == received, acks.acks().get(0).text().startsWith("UNA:+.? '"), acks.acks().get(0).text());
        }
    }

    @Test
    void answers_in_syntax_version_4_with_its_own_contrl_and_the_element_occurrence() {
        CollectedAcks acks = new CollectedAcks();
        ContrlWriter contrl = writer(Profile.STANDARD.create(), new InMemoryControlNumbers(), acks);
        InterchangeHeader header = header("R1", SENDER, "4", Delimiters.EDIFACT_DEFAULT, true, false);
        Finding repeated = Finding.error(FindingCode.TOO_MANY_REPETITIONS,
                Position.ofMessage("R1", null, "1").atSegment(4, "NAD", "SG5").atElement(4, 1, 6), "NAD 3036 repeats");

        contrl.interchangeStarted(header);
        contrl.messageChecked(message("R1", null, "1", Verdict.REJECTED, repeated));
        contrl.interchangeEnded(outcome(header, Verdict.ACCEPTED_WITH_ERRORS, 1));

        assertEquals("UNB+UNOC:4+BORDERGW:ZZ+DEMOFWD:ZZ+20261122:1500+1++++++1'UNH+1+CONTRL:4:1:UN'"
                + "UCI+R1+DEMOFWD:ZZ+BORDERGW:ZZ+7'UCM+1+CUSCAR:D:95B:UN+4'UCS+4'UCD+35+5:1:6'UNT+6+1'UNZ+1+1'",
                acks.acks().get(0).text(), "a test interchange is answered as a test");
        ContrlReadBack.check(acks.acks().get(0).text());
    }

    @Test
    void an_interchange_rejected_at_its_trailer_gets_one_contrl_under_one_reference() {
        RecordingOutput out = new RecordingOutput();
        List<String> series = new ArrayList<>();
        ControlNumbers numbers = (partner, name) -> {
            series.add(partner + "/" + name);
            return 41;
        };
        ContrlWriter contrl = writer(Profile.PARTNER.create(), numbers, out);
        InterchangeHeader header = header("R1", SENDER, "3", ServiceStringAdvice.DEFAULT_BEFORE_VERSION_4, false, true);
        Finding count = Finding.error(FindingCode.GROUP_COUNT_MISMATCH,
                Position.ofInterchange("R1").atSegment(12, "UNZ", null).atElement(1, 0, 0), "UNZ says 2 messages, the interchange has 1");

        contrl.interchangeStarted(header);
        contrl.messageChecked(message("R1", null, "1", Verdict.ACCEPTED));
        contrl.interchangeEnded(outcome(header, Verdict.REJECTED, 1, count));

        assertEquals(List.of("demo-forwarder/edifact-interchange"), series, "one control number, from the partner's series");
        assertEquals(List.of("discarded", "committed"), out.endings);
        assertEquals("UNB+UNOC:3+BORDERGW:ZZ+DEMOFWD:ZZ+261122:1500+41'UNH+1+CONTRL:D:3:UN'UCI+R1+DEMOFWD:ZZ+BORDERGW:ZZ+4+29+UNZ+2'"
                + "UNT+3+1'UNZ+1+41'", out.committed.get(0));
    }

    @Test
    void without_a_partner_control_numbers_come_from_the_standard_series() {
        List<String> series = new ArrayList<>();
        ContrlWriter contrl = writer(Profile.STANDARD.create(), (partner, name) -> {
            series.add(partner + "/" + name);
            return 1;
        }, new CollectedAcks());
        InterchangeHeader header = header("R1", SENDER, "3", Delimiters.EDIFACT_DEFAULT, false, true);

        contrl.interchangeStarted(header);
        contrl.interchangeEnded(outcome(header, Verdict.ACCEPTED, 0));

        assertEquals(List.of("standard/edifact-interchange"), series);
    }

    @Test
    void writes_nothing_for_an_x12_interchange_or_a_clean_one_nobody_asked_about() {
        CollectedAcks acks = new CollectedAcks();
        ContrlWriter contrl = writer(Profile.STANDARD.create(), new InMemoryControlNumbers(), acks);
        InterchangeHeader x12 = new InterchangeHeader(Syntax.X12, "000000101", SENDER, US, "261122", "1412", false, true, null,
                "00401", new Delimiters('~', '*', '>', null, null, '.'));
        InterchangeHeader quiet = header("R2", SENDER, "3", Delimiters.EDIFACT_DEFAULT, false, false);

        for (InterchangeHeader header : List.of(x12, quiet)) {
            contrl.interchangeStarted(header);
            contrl.messageChecked(message(header.controlNumber(), null, "1", Verdict.ACCEPTED));
            contrl.interchangeEnded(outcome(header, Verdict.ACCEPTED, 1));
        }

        assertEquals(List.of(), acks.acks());
    }

    @Test
    void segment_writing_refuses_a_separator_it_cannot_release() {
        ContrlSegments noRelease = new ContrlSegments(new Delimiters('\'', '+', ':', null, null, '.'));

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> noRelease.segment("UCI", ContrlSegments.e("A+B")));
        assertTrue(refused.getMessage().contains("no release character"), refused.getMessage());
        assertEquals("UCI+A B:C'", noRelease.segment("UCI", ContrlSegments.e("A B", "C"), ContrlSegments.e(), ContrlSegments.e(null, "")));
    }

    @Test
    void reading_back_fails_for_a_contrl_that_is_not_valid() {
        String wrongCount = "UNB+UNOA:3+BORDERGW+DEMOFWD+261122:1500+1'UNH+1+CONTRL:D:3:UN'UCI+R1+DEMOFWD+BORDERGW+7'UNT+4+1'UNZ+1+1'";
        String wrongAction = "UNB+UNOA:3+BORDERGW+DEMOFWD+261122:1500+1'UNH+1+CONTRL:D:3:UN'UCI+R1+DEMOFWD+BORDERGW+9'UNT+3+1'UNZ+1+1'";
        String missingUci = "UNB+UNOA:3+BORDERGW+DEMOFWD+261122:1500+1'UNH+1+CONTRL:D:3:UN'UCM+1+CUSCAR:D:95B:UN+7'UNT+3+1'UNZ+1+1'";

        for (String contrl : List.of(wrongCount, wrongAction, missingUci)) {
            assertThrows(AssertionError.class, () -> ContrlReadBack.check(contrl), contrl);
        }
    }

    /** Records how each draft ended. */
    private static final class RecordingOutput implements AckOutput {
        final List<String> endings = new ArrayList<>();
        final List<String> committed = new ArrayList<>();

        @Override
        public Draft start(AckKind kind, String acknowledgedInterchange) {
            StringWriter text = new StringWriter();
            return new Draft() {
                private boolean done;

                @Override
                public Writer writer() {
                    return text;
                }

                @Override
                public void commit() {
                    committed.add(text.toString());
                    endings.add("committed");
                    done = true;
                }

                @Override
                public void close() {
                    if (!done) {
                        endings.add("discarded");
                        done = true;
                    }
                }
            };
        }
    }
}
