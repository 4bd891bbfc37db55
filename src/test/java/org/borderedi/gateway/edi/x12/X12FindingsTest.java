package org.borderedi.gateway.edi.x12;

import static org.borderedi.gateway.edi.x12.X12TestKit.bytes;
import static org.borderedi.gateway.edi.x12.X12TestKit.forwarder;
import static org.borderedi.gateway.edi.x12.X12TestKit.profile;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.CodeListMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the validator finds in variants of the demo 309, finding by finding: the code, where (segment position with ST
 * = 1, or within the interchange for envelope segments; tag; loop; element, component, repetition), the element
 * reference, the bad value and the text. Segments of the demo set: ST 1, M10 2, P4 3, LX 4, M11 5, N1 6, N3 7, N4 8,
 * N1 9, N3 10, N4 11, VID 12, N10 13, SE 14; in the interchange: ISA 1, GS 2, ST 3 ... SE 16, GE 17, IEA 18.
 */
class X12FindingsTest {

    /** The demo 309 on one line. */
    static final String DEMO = new String(X12TestKit.sample("309-ocean-demo.edi"), StandardCharsets.ISO_8859_1).replace("\n", "");
    private static final String BILL = " (bill 0000123456)";

    /** The demo with these replacements, each made once and required to match. */
    static String demo(String... replacements) {
        String text = DEMO;
        for (int i = 0; i < replacements.length; i += 2) {
            if (!text.contains(replacements[i])) {
                throw new IllegalArgumentException("not in the demo: " + replacements[i]);
            }
            text = text.replaceFirst(java.util.regex.Pattern.quote(replacements[i]),
                    java.util.regex.Matcher.quoteReplacement(replacements[i + 1]));
        }
        return text;
    }

    /** The demo with a segment inserted after another, and SE01 counting it. */
    static String inserted(String after, String segment) {
        return demo(after, after + segment, "SE*14*0001~", "SE*15*0001~");
    }

    private static Arguments row(String behaviour, String interchange, Supplier<ValidationProfile> profile, String... findings) {
        return Arguments.of(behaviour, interchange, profile, List.of(findings));
    }

    private static Arguments row(String behaviour, String interchange, String... findings) {
        return row(behaviour, interchange, X12TestKit::standard, findings);
    }

    static Stream<Arguments> findings() {
        return Stream.of(
                row("a clean set has no findings", DEMO),
                // transaction set envelope
                row("SE01 counts the segments, ST and SE included", demo("SE*14*0001~", "SE*13*0001~"),
                        "SEGMENT_COUNT_MISMATCH ERROR at 14 SE element 1 ref 96 value 13: SE01 says 13 segments, the set has 14"),
                row("SE02 repeats ST02", demo("SE*14*0001~", "SE*14*0002~"),
                        "MESSAGE_CONTROL_NUMBER_MISMATCH ERROR at 14 SE element 2 ref 329 value 0002: SE02 '0002' does not match ST02 '0001'"),
                row("ST01 is a transaction set identifier", demo("ST*309*", "ST*30X*"),
                        "INVALID_MESSAGE_TYPE ERROR at 1 ST element 1 ref 143 value 30X: ST01 '30X' is not a transaction set identifier"),
                row("ST02 has 4 to 9 characters", demo("ST*309*0001~", "ST*309*1~", "SE*14*0001~", "SE*14*1~"),
                        "INVALID_MESSAGE_CONTROL_NUMBER ERROR at 1 ST element 2 ref 329 value 1: ST02 '1' is not a transaction set control number (4 to 9 characters)"),
                row("a set other than 309 or 358 is not supported", demo("ST*309*", "ST*810*"),
                        "MESSAGE_TYPE_NOT_SUPPORTED ERROR at 1 ST element 1 ref 143 value 810: transaction set 810 is not one the gateway reads (309, 358)"),
                row("set control numbers are unique in their group",
                        demo("GE*1*101~", "ST*309*0001~M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L~P4*3001*20261201~LX*1~SE*5*0001~GE*2*101~"),
                        "DUPLICATE_MESSAGE_CONTROL_NUMBER ERROR at 1 ST element 2 ref 329 value 0001: ST02 0001 is the control number of an earlier set in group 101"),
                // segments
                row("a mandatory segment that is missing is named where it is noticed", demo("M10*DMFW*O*PA*9321483*DEMO TRADER*047E***W*L~", "", "SE*14*", "SE*13*"),
                        "MANDATORY_SEGMENT_MISSING ERROR at 2 M10: the mandatory segment M10 is missing (noticed at segment 2, P4)"),
                row("an unknown segment", inserted("*K******DMFW~", "ZZZ*EXTRA DATA~"),
                        "UNRECOGNIZED_SEGMENT ERROR at 6 ZZZ: segment 6 'ZZZ' is not a segment the gateway knows" + BILL),
                row("a segment of the 358 in a 309", inserted("*K******DMFW~", "NM1*DR*1*DRIVER~"),
                        "SEGMENT_NOT_IN_SET ERROR at 6 NM1: segment 6 (NM1) is not part of a 309" + BILL),
                row("a segment of the set in the wrong place", inserted("N10*120*FURNITURE PARTS**J*940360~", "N9*BM*0000123456~"),
                        "UNEXPECTED_SEGMENT ERROR at 14 N9: segment 14 (N9) is not expected here, after N10" + BILL),
                row("a segment out of sequence in its loop", demo("N3*88 INDUSTRIAL ROAD~N4*SHENZHEN**518000*CN~", "N4*SHENZHEN**518000*CN~N3*88 INDUSTRIAL ROAD~"),
                        "SEGMENT_OUT_OF_SEQUENCE ERROR at 8 N3 loop N1: segment 8 (N3) is out of sequence, after N4" + BILL),
                row("a segment over its maximum use", demo("N3*88 INDUSTRIAL ROAD~", "N3*88 INDUSTRIAL ROAD~N3*BUILDING 2~N3*GATE 4~", "SE*14*", "SE*16*"),
                        "SEGMENT_OVER_MAXIMUM_USE ERROR at 9 N3 loop N1: segment 9 (N3) repeats more often than the 2 times allowed" + BILL),
                row("a loop over its maximum", inserted("N4*SEATTLE*WA*98101*US~", "N1*N1*A~N1*N2*B~N1*FS*C~N1*CB*D~")
                                .replace("SE*15*", "SE*18*"),
                        "LOOP_OVER_MAXIMUM ERROR at 15 N1 loop N1: loop N1 starts again at segment 15 (N1); it may occur at most 5 times here" + BILL),
                row("a tag that is no segment identifier", inserted("*K******DMFW~", "m11*1~"),
                        "UNRECOGNIZED_SEGMENT ERROR at 6 m11: segment 6 starts with 'm11', which is not a segment identifier"),
                // elements
                row("a mandatory element that is missing", demo("M11*0000123456*", "M11**"),
                        "MANDATORY_ELEMENT_MISSING ERROR at 5 M11 loop LX element 1 ref 598: M1101 (Bill of Lading/Waybill Number) is mandatory and missing"),
                row("an element a condition requires", demo("N1*CN*MAPLE IMPORTS INC~", "N1*CN~"),
                        "CONDITIONAL_ELEMENT_MISSING ERROR at 9 N1 loop N1 element 2 ref 93: N102 (Name) is missing; a condition of N1 on the elements present requires it" + BILL,
                        "CONDITIONAL_ELEMENT_MISSING ERROR at 9 N1 loop N1 element 3 ref 66: N103 (Identification Code Qualifier) is missing; a condition of N1 on the elements present requires it" + BILL),
                row("an element too long", demo("M11*0000123456*", "M11*DMFW0000123456*"),
                        "ELEMENT_TOO_LONG ERROR at 5 M11 loop LX element 1 ref 598 value DMFW0000123456: M1101 (Bill of Lading/Waybill Number) 'DMFW0000123456' has 14 characters, at most 12 are allowed"),
                row("an element too short", demo("M10*DMFW*", "M10*D*"),
                        "ELEMENT_TOO_SHORT ERROR at 2 M10 element 1 ref 140 value D: M1001 (Standard Carrier Alpha Code) 'D' has 1 character, at least 2 are needed"),
                row("a number that is none", demo("LX*1~", "LX*A~"),
                        "INVALID_NUMERIC ERROR at 4 LX loop LX element 1 ref 554 value A: LX01 (Assigned Number) 'A' is not a number"),
                row("a date that is none", demo("P4*3001*20261201~", "P4*3001*20261301~"),
                        "INVALID_DATE ERROR at 3 P4 loop P4 element 2 ref 373 value 20261301: P402 (Date) '20261301' is not a date (CCYYMMDD)"),
                row("a code outside its list, strict", demo("*8400*K*", "*8400*X*"),
                        "INVALID_CODE_VALUE ERROR at 5 M11 loop LX element 6 ref 188 value X: M1106 (Weight Unit Code) 'X' is not one of K, L" + BILL),
                row("a code outside its list, warn", demo("*8400*K*", "*8400*X*"),
                        () -> profile(forwarder(FunctionalAck.X12_997, AckPolicy.WHEN_REQUESTED, CodeListMode.WARN)),
                        "INVALID_CODE_VALUE WARNING at 5 M11 loop LX element 6 ref 188 value X: M1106 (Weight Unit Code) 'X' is not one of K, L" + BILL),
                row("a manifest type outside its list", demo("***W*L~", "***Z*L~"),
                        "INVALID_CODE_VALUE ERROR at 2 M10 element 9 ref 256 value Z: M1009 (Manifest Type Code) 'Z' is not one of W, X, Y, P, S, H, K, T, I, L"),
                row("too many elements", demo("VID*CN*DMFU*1234567~", "VID*CN*DMFU*1234567*******L*PP*X~"),
                        "TOO_MANY_ELEMENTS ERROR at 12 VID loop VID element 12 value X: VID has more than the 11 elements it defines (element 12)" + BILL),
                row("components in a simple element", demo("*FURNITURE PARTS*", "*FURNITURE>PARTS*"),
                        "TOO_MANY_COMPONENTS ERROR at 13 N10 loop N10 element 2.2 ref 369 value PARTS: N1002 has more components than its definition allows (component 2)" + BILL),
                row("repetitions of an element that does not repeat (00501)",
                        new String(X12TestKit.sample("309-envelope-00501.edi"), StandardCharsets.ISO_8859_1).replace("*8400*K*", "*8400*K^L*"),
                        "TOO_MANY_REPETITIONS ERROR at 5 M11 loop LX element 6 rep 2 ref 188 value L: M1106 (Weight Unit Code) repeats ('L' is repetition 2); it may occur only once" + BILL),
                row("a control character in data", demo("N1*SH*SHENZHEN EXPORT", "N1*SH*SHENZHEN\u0007EXPORT"),
                        "INVALID_CHARACTER ERROR at 6 N1 element 2 value SHENZHEN\u0007EXPORT CO LTD: N102 holds the control character U+0007, which X12 data may not contain"),
                // functional group
                row("GE01 counts the sets", demo("GE*1*101~", "GE*2*101~"),
                        "GROUP_MESSAGE_COUNT_MISMATCH ERROR at 17 GE element 1 ref 97 value 2: GE01 says 2 sets, the group has 1"),
                row("GE02 repeats GS06", demo("GE*1*101~", "GE*1*102~"),
                        "GROUP_CONTROL_NUMBER_MISMATCH ERROR at 17 GE element 2 ref 28 value 102: GE02 '102' does not match GS06 '101'"),
                row("GS06 is a number", demo("*1412*101*X*", "*1412*A01*X*", "GE*1*101~", "GE*1*A01~"),
                        "INVALID_GROUP_CONTROL_NUMBER ERROR at 2 GS element 6 ref 28 value A01: GS06 'A01' is not a group control number (1 to 9 digits)"),
                row("group control numbers are unique in the interchange", demo("IEA*1*", "GS*SO*DEMOFWD*BORDERGW*20261122*1412*101*X*004010~GE*0*101~IEA*2*"),
                        "DUPLICATE_GROUP_CONTROL_NUMBER ERROR at 18 GS element 6 ref 28 value 101: GS06 101 is the control number of an earlier group in this interchange"),
                row("a functional group the gateway does not read", demo("GS*SO*", "GS*IN*"),
                        "GROUP_NOT_SUPPORTED ERROR at 2 GS element 1 ref 479 value IN: GS01 'IN' is not a functional group the gateway reads (SO, AQ, BD)",
                        "MESSAGE_TYPE_NOT_SUPPORTED ERROR at 1 ST element 1 ref 143 value 309: transaction set 309 is not read in functional group 'IN' version '004010'"),
                row("a group version the gateway does not read", demo("*X*004010~", "*X*003030~"),
                        "GROUP_VERSION_NOT_SUPPORTED ERROR at 2 GS element 8 ref 480 value 003030: GS08 says version '003030'; the gateway reads 004010 groups",
                        "MESSAGE_TYPE_NOT_SUPPORTED ERROR at 1 ST element 1 ref 143 value 309: transaction set 309 is not read in functional group 'SO' version '003030'"),
                row("an industry identifier after 004010 in GS08 is accepted", demo("*X*004010~", "*X*004010CBP~")),
                row("a GS04 that is no date makes the interchange invalid (TA1 024)", demo("*BORDERGW*20261122*", "*BORDERGW*20261131*"),
                        "INVALID_INTERCHANGE_CONTENT ERROR at 2 GS element 4 ref 373 value 20261131: GS04 '20261131' is not a date (CCYYMMDD)"),
                row("a GS05 that is no time makes the interchange invalid (TA1 024)", demo("*20261122*1412*101*", "*20261122*2460*101*"),
                        "INVALID_INTERCHANGE_CONTENT ERROR at 2 GS element 5 ref 337 value 2460: GS05 '2460' is not a time (HHMM, HHMMSS or HHMMSSDD)"),
                row("a group without GE", demo("GE*1*101~", ""),
                        "GROUP_TRAILER_MISSING ERROR at 17 GE: group 101 has no GE: IEA follows after its 1 set(s)"),
                // interchange
                row("IEA02 repeats ISA13", demo("IEA*1*000000101~", "IEA*1*000000102~"),
                        "INTERCHANGE_CONTROL_NUMBER_MISMATCH ERROR at 18 IEA element 2 ref I12 value 000000102: IEA02 '000000102' does not match ISA13 '000000101'"),
                row("IEA01 counts the groups: noted, the interchange accepted (TA1 E)", demo("IEA*1*", "IEA*2*"),
                        "GROUP_COUNT_MISMATCH WARNING at 18 IEA element 1 ref I16 value 2: IEA01 says 2 functional groups, the interchange has 1"),
                row("data ending before the IEA", demo("SE*14*0001~GE*1*101~IEA*1*000000101~", ""),
                        "PREMATURE_END_OF_DATA ERROR at 15 IEA: the data ends before the interchange's IEA",
                        "GROUP_TRAILER_MISSING ERROR at 15 GE: group 101 has no GE: the data ends after its 1 set(s)",
                        "MESSAGE_TRAILER_MISSING ERROR at 14 SE: set 0001 has no SE: the data ends after 13 segments"),
                row("a segment outside any set", demo("SE*14*0001~", "SE*14*0001~NTE*GEN*A NOTE~"),
                        "INVALID_CONTROL_STRUCTURE ERROR at 17 NTE: segment 17 (NTE) is a segment outside any transaction set"),
                row("ISA elements have fixed widths", demo("*ZZ*DEMOFWD        *", "*ZZ*DEMOFWD       *"),
                        "INVALID_SENDER_ID ERROR at 1 ISA element 6 ref I06 value DEMOFWD       : ISA06 is 14 characters wide; the ISA is fixed width and ISA06 takes 15"),
                row("ISA01 is an authorization qualifier", demo("ISA*00*", "ISA*99*"),
                        "INVALID_AUTHORIZATION_QUALIFIER ERROR at 1 ISA element 1 ref I01 value 99: ISA01 '99' is not an authorization information qualifier"),
                row("ISA05 is an interchange ID qualifier", demo("*ZZ*DEMOFWD", "*QQ*DEMOFWD"),
                        "INVALID_SENDER_QUALIFIER ERROR at 1 ISA element 5 ref I05 value QQ: ISA05 'QQ' is not an interchange ID qualifier"),
                row("ISA09 is a date", demo("*261122*1412*U*", "*261131*1412*U*"),
                        "INVALID_INTERCHANGE_DATE ERROR at 1 ISA element 9 ref I08 value 261131: ISA09 '261131' is not a date (YYMMDD)"),
                row("ISA10 is a time", demo("*261122*1412*U*", "*261122*1472*U*"),
                        "INVALID_INTERCHANGE_TIME ERROR at 1 ISA element 10 ref I09 value 1472: ISA10 '1472' is not a time (HHMM)"),
                row("ISA11 is U before 00402", demo("*1412*U*00401*", "*1412*X*00401*"),
                        "INVALID_STANDARDS_IDENTIFIER ERROR at 1 ISA element 11 ref I10 value X: ISA11 'X' is not the standards identifier U that version 00401 requires"),
                row("ISA11 is a usable repetition separator from 00402", demo("*1412*U*00401*", "*1412*U*00501*"),
                        "INVALID_REPETITION_SEPARATOR ERROR at 1 ISA element 11 ref I65 value U: the repetition separator ISA11 'U' cannot be used: it is a letter, digit or space, or another separator"),
                row("ISA12 must be a version the gateway reads", demo("*U*00401*", "*U*00305*"),
                        "VERSION_NOT_SUPPORTED ERROR at 1 ISA element 12 ref I11 value 00305: ISA12 says version 00305, the gateway reads versions 00401 and 00501"),
                row("ISA14 is 0 or 1", demo("*000000101*0*P*", "*000000101*2*P*"),
                        "INVALID_ACK_REQUESTED ERROR at 1 ISA element 14 ref I13 value 2: ISA14 '2' is neither 0 (no acknowledgment requested) nor 1 (requested)"),
                row("ISA15 is P or T", demo("*000000101*0*P*", "*000000101*0*X*"),
                        "INVALID_TEST_INDICATOR ERROR at 1 ISA element 15 ref I14 value X: ISA15 'X' is neither P (production) nor T (test)"),
                row("ISA16 is a usable component separator", demo("*0*P*>~", "*0*P*A~"),
                        "INVALID_COMPONENT_SEPARATOR ERROR at 1 ISA element 16 ref I15 value A: the component separator ISA16 'A' cannot be used: it is a letter, digit or space, or another separator"),
                row("with a partner, the sender is one of its identities", demo("*ZZ*DEMOFWD        *", "*ZZ*ACMEFWD        *"),
                        () -> profile(forwarder()),
                        "SENDER_NOT_AUTHORIZED ERROR at 1 ISA element 6 ref I06 value ACMEFWD: the sender ZZ:ACMEFWD is not one of the X12 identities of partner demo-forwarder [ZZ:DEMOFWD]"),
                row("with a partner, the receiver is this gateway", demo("*ZZ*BORDERGW       *", "*ZZ*OTHERGW        *"),
                        () -> profile(forwarder()),
                        "NOT_THE_RECIPIENT ERROR at 1 ISA element 8 ref I07 value OTHERGW: the interchange is addressed to ZZ:OTHERGW, which is not this gateway [ZZ:BORDERGW]"));
    }

    /** Findings come interchange first, then each group, then each set: the order the run reports them in. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("findings")
    void finds_exactly_these_faults(String behaviour, String interchange, Supplier<ValidationProfile> profile,
            List<String> expected) {
        X12TestKit.Run run = X12TestKit.run(bytes(interchange), profile.get());

        assertEquals(expected, run.findings().stream().map(X12FindingsTest::describe).toList());
    }

    static String describe(Finding finding) {
        Position p = finding.position();
        StringBuilder text = new StringBuilder(finding.code().name()).append(' ').append(finding.severity())
                .append(" at ").append(p.segment()).append(' ').append(p.segmentTag());
        if (p.loop() != null) {
            text.append(" loop ").append(p.loop());
        }
        if (p.element() > 0) {
            text.append(" element ").append(p.element());
            if (p.component() > 0) {
                text.append('.').append(p.component());
            }
            if (p.repetition() > 0) {
                text.append(" rep ").append(p.repetition());
            }
        }
        if (finding.elementReference() != null) {
            text.append(" ref ").append(finding.elementReference());
        }
        if (finding.badValue() != null) {
            text.append(" value ").append(finding.badValue());
        }
        return text.append(": ").append(finding.text()).toString();
    }
}
