package org.borderedi.gateway.edi.x12;

import static org.borderedi.gateway.edi.x12.X12TestKit.forwarder;
import static org.borderedi.gateway.edi.x12.X12TestKit.profile;
import static org.borderedi.gateway.edi.x12.X12TestKit.sample;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.FilingFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample files of edi-samples/x12, each with the exact acknowledgments it must get. The acknowledgments' own date
 * and time come from a fixed clock (261123 0805); everything else is as sent. Every acknowledgment is read back with
 * StAEDI and must be a valid interchange.
 */
class X12AcknowledgmentSamplesTest {

    private static Arguments row(String behaviour, String file, Supplier<ValidationProfile> profile, String acks) {
        return Arguments.of(behaviour, file, profile, acks);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                row("a clean 309 is accepted: 997 with AK5 A and AK9 A", "309-ocean-demo.edi", () -> profile(forwarder()), """
                        X12_997 for 000000101
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a clean 358 is accepted", "358-truck-consist.edi", () -> profile(forwarder()), """
                        X12_997 for 000000201
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*201~
                        AK2*358*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a 00501 envelope is answered in 00501 with its repetition separator", "309-envelope-00501.edi",
                        () -> profile(forwarder()), """
                        X12_997 for 000000301
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*^*00501*000000001*0*P*:~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*005010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("each interchange of a file is answered with its own separators", "309-several-interchanges.edi",
                        () -> profile(forwarder()), """
                        X12_997 for 000000141
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        X12_997 for 000000142
                        ISA|00|          |00|          |ZZ|BORDERGW       |ZZ|DEMOFWD        |261123|0805|U|00401|000000002|0|P|^
                        GS|FA|BORDERGW|DEMOFWD|20261123|0805|2|X|004010
                        ST|997|0001
                        AK1|SO|102
                        AK2|309|0001
                        AK5|A
                        AK9|A|1|1|1
                        SE|6|0001
                        GE|1|2
                        IEA|1|000000002
                        """),
                row("a TA1 is sent when ISA14 asks for one, before the 997", "309-ack-requested.edi", () -> profile(forwarder()), """
                        TA1 for 000000111
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                        TA1*000000111*261122*1412*A*000~
                        IEA*0*000000002~
                        X12_997 for 000000111
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a TA1 is sent to a partner who always wants one", "309-ocean-demo.edi",
                        () -> profile(forwarder(FunctionalAck.X12_997, AckPolicy.ALWAYS, CodeListMode.STRICT)), """
                        TA1 for 000000101
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                        TA1*000000101*261122*1412*A*000~
                        IEA*0*000000002~
                        X12_997 for 000000101
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a wrong SE01 rejects the set with AK5 code 4", "309-se-count-wrong.edi", () -> profile(forwarder()), """
                        X12_997 for 000000121
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*R*4~
                        AK9*R*1*1*0~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("an SE02 unlike ST02 rejects the set with AK5 code 3", "309-st-se-mismatch.edi", () -> profile(forwarder()), """
                        X12_997 for 000000122
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*R*3~
                        AK9*R*1*1*0~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a wrong GE01 rejects the group with AK9 code 5; its set was fine", "309-ge-count-wrong.edi",
                        () -> profile(forwarder()), """
                        X12_997 for 000000123
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*R*2*1*0*5~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("an IEA02 unlike ISA13 rejects the interchange: TA1 R 001 and no 997", "309-iea-control-mismatch.edi",
                        () -> profile(forwarder()), """
                        TA1 for 000000124
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                        TA1*000000124*261122*1412*R*001~
                        IEA*0*000000002~
                        """),
                row("an ISA09 that is no date rejects the interchange: TA1 R 014, dated with the answer's date",
                        "309-bad-isa-date.edi", () -> profile(forwarder()), """
                        TA1 for 000000125
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                        TA1*000000125*261123*1412*R*014~
                        IEA*0*000000002~
                        """),
                row("a spoofed sender is refused with TA1 R 006 and its content is not read", "309-spoofed-sender.edi",
                        () -> profile(forwarder()), """
                        TA1 for 000000130
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*ACMEFWD        *261123*0805*U*00401*000000001*0*P*>~
                        TA1*000000130*261122*1412*R*006~
                        IEA*0*000000001~
                        """),
                row("an interchange for someone else is refused with TA1 R 009, sent from the gateway's own identity",
                        "309-wrong-recipient.edi", () -> profile(forwarder()), """
                        TA1 for 000000134
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        TA1*000000134*261122*1412*R*009~
                        IEA*0*000000001~
                        """),
                row("without a partner the sender is not checked", "309-spoofed-sender.edi", X12TestKit::standard, """
                        X12_997 for 000000130
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*ACMEFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*ACMEFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a wrong IEA01 is noted: TA1 E 021, and the interchange's 997 goes out", "309-iea-group-count-wrong.edi",
                        () -> profile(forwarder()), """
                        TA1 for 000000133
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                        TA1*000000133*261122*1412*E*021~
                        IEA*0*000000002~
                        X12_997 for 000000133
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("data ending before the IEA rejects the interchange: TA1 R 023", "309-truncated.edi", () -> profile(forwarder()), """
                        TA1 for 000000131
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000002*0*P*>~
                        TA1*000000131*261122*1412*R*023~
                        IEA*0*000000002~
                        """),
                row("an unknown segment is reported with its position: AK3 code 1", "309-unknown-segment.edi",
                        () -> profile(forwarder()), """
                        X12_997 for 000000126
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK3*ZZZ*6**1~
                        AK5*R*5~
                        AK9*R*1*1*0~
                        SE*7*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a missing mandatory element: AK4 code 1", "309-missing-mandatory-element.edi", () -> profile(forwarder()), """
                        X12_997 for 000000127
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK3*M11*5*LX*8~
                        AK4*1*598*1~
                        AK5*R*5~
                        AK9*R*1*1*0~
                        SE*8*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a too long element: AK4 code 5 with the value", "309-element-too-long.edi", () -> profile(forwarder()), """
                        X12_997 for 000000128
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK3*M11*5*LX*8~
                        AK4*1*598*5*DMFW0000123456~
                        AK5*R*5~
                        AK9*R*1*1*0~
                        SE*8*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("an invalid code value rejects the set with strict code lists: AK4 code 7", "309-invalid-code.edi",
                        () -> profile(forwarder()), """
                        X12_997 for 000000129
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK3*M11*5*LX*8~
                        AK4*6*188*7*X~
                        AK5*R*5~
                        AK9*R*1*1*0~
                        SE*8*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("an invalid code value is noted and accepted with code lists on warn: AK5 E, AK9 E", "309-invalid-code.edi",
                        () -> profile(forwarder(FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, CodeListMode.WARN)), """
                        X12_997 for 000000129
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK3*M11*5*LX*8~
                        AK4*6*188*7*X~
                        AK5*E*5~
                        AK9*E*1*1*1~
                        SE*8*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("an invalid code value is not checked with code lists off", "309-invalid-code.edi",
                        () -> profile(forwarder(FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, CodeListMode.OFF)), """
                        X12_997 for 000000129
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a partner who asks for 999 gets one, in 005010X231A1 conventions", "309-invalid-code.edi",
                        () -> profile(forwarder(FunctionalAck.X12_999, AckPolicy.WHEN_REQUESTED, CodeListMode.STRICT)), """
                        X12_999 for 000000129
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*005010X231A1~
                        ST*999*0001*005010X231A1~
                        AK1*SO*101*004010~
                        AK2*309*0001~
                        IK3*M11*5*LX*8~
                        CTX*M1101>0000123456~
                        IK4*6*188*7*X~
                        IK5*R*5~
                        AK9*R*1*1*0~
                        SE*9*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a set the partner may not file is not supported: AK5 code 1", "309-ocean-demo.edi",
                        () -> profile(forwarder(FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, CodeListMode.STRICT, FilingFormat.X12_358)), """
                        X12_997 for 000000101
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMOFWD*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*R*1~
                        AK9*R*1*1*0~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """),
                row("a separator inside an echoed value is cut off: GS02 DEMO>FWD comes back as DEMO", "309-separator-in-gs02.edi",
                        () -> profile(forwarder()), """
                        X12_997 for 000000132
                        ISA*00*          *00*          *ZZ*BORDERGW       *ZZ*DEMOFWD        *261123*0805*U*00401*000000001*0*P*>~
                        GS*FA*BORDERGW*DEMO*20261123*0805*1*X*004010~
                        ST*997*0001~
                        AK1*SO*101~
                        AK2*309*0001~
                        AK5*A~
                        AK9*A*1*1*1~
                        SE*6*0001~
                        GE*1*1~
                        IEA*1*000000001~
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void answers_each_sample_with_exactly_these_acknowledgments(String behaviour, String file,
            Supplier<ValidationProfile> profile, String expected) {
        X12TestKit.Run run = X12TestKit.run(sample(file), profile.get());

        assertEquals(expected, run.ackText());
        for (CollectedAcks.Ack ack : run.acks.acks()) {
            assertEquals(java.util.List.of(), AckParser.errors(ack.text()), ack.kind() + " is not a valid interchange");
        }
    }
}
