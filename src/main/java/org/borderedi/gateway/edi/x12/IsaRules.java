package org.borderedi.gateway.edi.x12;

import static org.borderedi.gateway.edi.FindingCode.INVALID_ACK_REQUESTED;
import static org.borderedi.gateway.edi.FindingCode.INVALID_AUTHORIZATION;
import static org.borderedi.gateway.edi.FindingCode.INVALID_AUTHORIZATION_QUALIFIER;
import static org.borderedi.gateway.edi.FindingCode.INVALID_COMPONENT_SEPARATOR;
import static org.borderedi.gateway.edi.FindingCode.INVALID_ELEMENT_SEPARATOR;
import static org.borderedi.gateway.edi.FindingCode.INVALID_INTERCHANGE_CONTROL_NUMBER;
import static org.borderedi.gateway.edi.FindingCode.INVALID_INTERCHANGE_DATE;
import static org.borderedi.gateway.edi.FindingCode.INVALID_INTERCHANGE_TIME;
import static org.borderedi.gateway.edi.FindingCode.INVALID_RECEIVER_ID;
import static org.borderedi.gateway.edi.FindingCode.INVALID_RECEIVER_QUALIFIER;
import static org.borderedi.gateway.edi.FindingCode.INVALID_REPETITION_SEPARATOR;
import static org.borderedi.gateway.edi.FindingCode.INVALID_SECURITY;
import static org.borderedi.gateway.edi.FindingCode.INVALID_SECURITY_QUALIFIER;
import static org.borderedi.gateway.edi.FindingCode.INVALID_SEGMENT_TERMINATOR;
import static org.borderedi.gateway.edi.FindingCode.INVALID_SENDER_ID;
import static org.borderedi.gateway.edi.FindingCode.INVALID_SENDER_QUALIFIER;
import static org.borderedi.gateway.edi.FindingCode.INVALID_STANDARDS_IDENTIFIER;
import static org.borderedi.gateway.edi.FindingCode.INVALID_TEST_INDICATOR;
import static org.borderedi.gateway.edi.FindingCode.INVALID_VERSION_IDENTIFIER;
import static org.borderedi.gateway.edi.FindingCode.NOT_THE_RECIPIENT;
import static org.borderedi.gateway.edi.FindingCode.SENDER_NOT_AUTHORIZED;
import static org.borderedi.gateway.edi.FindingCode.VERSION_NOT_SUPPORTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.Partner;

/**
 * The rules of the ISA: each element's fixed width and value, the separators it declares, and (with a partner)
 * whether the sender is one of the partner's identities and the receiver is this gateway.
 */
final class IsaRules {

    /** The interchange versions the gateway reads. */
    static final Set<String> SUPPORTED_VERSIONS = Set.of("00401", "00501");

    private static final int[] WIDTH = {0, 2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final String[] REFERENCE = {"", "I01", "I02", "I03", "I04", "I05", "I06", "I05", "I07", "I08", "I09",
        "I10", "I11", "I12", "I13", "I14", "I15"};
    private static final Set<String> AUTHORIZATION_QUALIFIERS = Set.of("00", "01", "02", "03", "04", "05", "06");
    private static final Set<String> SECURITY_QUALIFIERS = Set.of("00", "01");
    /** ISA05 / ISA07 (I05), the 004010 list and the codes 005010 added. */
    private static final Set<String> ID_QUALIFIERS = Set.of("01", "02", "03", "04", "07", "08", "09", "10", "11", "12",
            "13", "14", "15", "16", "17", "18", "19", "20", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36",
            "37", "38", "AM", "NR", "SA", "SN", "ZZ");

    private IsaRules() {
    }

    /**
     * What the ISA says and everything wrong with it.
     *
     * @param readable whether the separators allow reading the rest of the interchange
     */
    record Checked(InterchangeHeader header, X12Delimiters delimiters, List<Finding> findings, boolean readable) {
    }

    static Checked check(IsaSegment isa, ValidationProfile profile) {
        String controlNumber = isa.field(13).strip();
        Position at = Position.ofInterchange(controlNumber).atSegment(1, "ISA", null);
        List<Finding> findings = new ArrayList<>();
        String version = isa.field(12).strip();
        boolean repetitionVersion = X12Text.isDigits(version) && Integer.parseInt(version) >= 402;

        checkWidths(isa, at, repetitionVersion, findings);
        check(findings, isa, at, 1, AUTHORIZATION_QUALIFIERS.contains(isa.field(1)), INVALID_AUTHORIZATION_QUALIFIER,
                "ISA01 " + X12Text.quote(isa.field(1)) + " is not an authorization information qualifier");
        check(findings, isa, at, 3, SECURITY_QUALIFIERS.contains(isa.field(3)), INVALID_SECURITY_QUALIFIER,
                "ISA03 " + X12Text.quote(isa.field(3)) + " is not a security information qualifier");
        check(findings, isa, at, 5, ID_QUALIFIERS.contains(isa.field(5)), INVALID_SENDER_QUALIFIER,
                "ISA05 " + X12Text.quote(isa.field(5)) + " is not an interchange ID qualifier");
        check(findings, isa, at, 7, ID_QUALIFIERS.contains(isa.field(7)), INVALID_RECEIVER_QUALIFIER,
                "ISA07 " + X12Text.quote(isa.field(7)) + " is not an interchange ID qualifier");
        check(findings, isa, at, 8, !isa.field(8).isBlank(), INVALID_RECEIVER_ID, "ISA08 names no receiver");
        check(findings, isa, at, 9, X12Text.isDate(isa.field(9)) && isa.field(9).length() == 6, INVALID_INTERCHANGE_DATE,
                "ISA09 " + X12Text.quote(isa.field(9)) + " is not a date (YYMMDD)");
        check(findings, isa, at, 10, X12Text.isTime(isa.field(10)) && isa.field(10).length() == 4, INVALID_INTERCHANGE_TIME,
                "ISA10 " + X12Text.quote(isa.field(10)) + " is not a time (HHMM)");
        if (!repetitionVersion) {
            check(findings, isa, at, 11, isa.field(11).equals("U"), INVALID_STANDARDS_IDENTIFIER,
                    "ISA11 " + X12Text.quote(isa.field(11)) + " is not the standards identifier U that version "
                            + version + " requires");
        }
        if (!X12Text.isDigits(version) || version.length() != 5) {
            add(findings, isa, at, 12, INVALID_VERSION_IDENTIFIER,
                    "ISA12 " + X12Text.quote(isa.field(12)) + " is not an interchange control version number");
        } else if (!SUPPORTED_VERSIONS.contains(version)) {
            add(findings, isa, at, 12, VERSION_NOT_SUPPORTED, "ISA12 says version " + version
                    + ", the gateway reads versions " + String.join(" and ", SUPPORTED_VERSIONS.stream().sorted().toList()));
        }
        check(findings, isa, at, 13, controlNumber.length() == 9, INVALID_INTERCHANGE_CONTROL_NUMBER,
                "ISA13 " + X12Text.quote(isa.field(13)) + " is not a nine-digit interchange control number");
        check(findings, isa, at, 14, isa.field(14).equals("0") || isa.field(14).equals("1"), INVALID_ACK_REQUESTED,
                "ISA14 " + X12Text.quote(isa.field(14)) + " is neither 0 (no acknowledgment requested) nor 1 (requested)");
        check(findings, isa, at, 15, isa.field(15).equals("P") || isa.field(15).equals("T"), INVALID_TEST_INDICATOR,
                "ISA15 " + X12Text.quote(isa.field(15)) + " is neither P (production) nor T (test)");

        findings.sort(java.util.Comparator.comparingInt(f -> f.position().element()));
        Character repetition = repetitionVersion && !isa.field(11).isEmpty() ? isa.field(11).charAt(0) : null;
        X12Delimiters delimiters = new X12Delimiters(isa.element(), isa.component(), isa.terminator(), repetition);
        boolean readable = checkSeparators(isa, at, delimiters, repetitionVersion, findings);
        checkIdentities(isa, at, profile, findings);

        InterchangeHeader header = new InterchangeHeader(Syntax.X12, controlNumber,
                new Party(isa.field(5).strip(), isa.field(6).strip()), new Party(isa.field(7).strip(), isa.field(8).strip()),
                isa.field(9).strip(), isa.field(10).strip(), isa.field(15).equals("T"), isa.field(14).equals("1"),
                repetitionVersion ? null : isa.field(11), version, delimiters.toShared());
        return new Checked(header, delimiters, findings, readable);
    }

    private static void checkWidths(IsaSegment isa, Position at, boolean repetitionVersion, List<Finding> findings) {
        if (isa.fixedWidth()) {
            return;
        }
        for (int n = 1; n <= 15; n++) {
            int width = isa.field(n).length();
            if (width != WIDTH[n]) {
                FindingCode code = codeOf(n, repetitionVersion);
                add(findings, isa, at, n, code, "ISA" + two(n) + " is " + width + " characters wide; the ISA is fixed width and ISA"
                        + two(n) + " takes " + WIDTH[n]);
            }
        }
    }

    private static boolean checkSeparators(IsaSegment isa, Position at, X12Delimiters d, boolean repetitionVersion,
            List<Finding> findings) {
        boolean readable = true;
        if (!X12Delimiters.usable(d.segment()) || d.segment() == d.element()) {
            findings.add(Finding.error(INVALID_SEGMENT_TERMINATOR, at.atElement(16, 0, 0), "the segment terminator "
                    + X12Delimiters.show(d.segment()) + " after ISA16 cannot be used: it is a letter, digit or space, or another separator")
                    .withElement(null, String.valueOf(d.segment())));
            readable = false;
        }
        if (!X12Delimiters.usable(d.component()) || d.component() == d.element() || d.component() == d.segment()) {
            add(findings, isa, at, 16, INVALID_COMPONENT_SEPARATOR, "the component separator ISA16 "
                    + X12Delimiters.show(d.component()) + " cannot be used: it is a letter, digit or space, or another separator");
            readable = false;
        }
        if (repetitionVersion) {
            char repetition = isa.field(11).isEmpty() ? ' ' : isa.field(11).charAt(0);
            if (!X12Delimiters.usable(repetition) || repetition == d.element() || repetition == d.component()
                    || repetition == d.segment()) {
                add(findings, isa, at, 11, INVALID_REPETITION_SEPARATOR, "the repetition separator ISA11 "
                        + X12Text.quote(isa.field(11)) + " cannot be used: it is a letter, digit or space, or another separator");
                readable = false;
            }
        }
        if (!X12Delimiters.usable(d.element())) {
            findings.add(Finding.error(INVALID_ELEMENT_SEPARATOR, at.atElement(1, 0, 0),
                    "the element separator " + X12Delimiters.show(d.element()) + " cannot be used"));
            readable = false;
        }
        return readable;
    }

    private static void checkIdentities(IsaSegment isa, Position at, ValidationProfile profile, List<Finding> findings) {
        if (profile.partner().isEmpty()) {
            return;
        }
        Partner partner = profile.partner().get();
        Party sender = new Party(isa.field(5).strip(), isa.field(6).strip());
        boolean known = partner.identities().x12().stream()
                .anyMatch(id -> id.qualifier().equals(sender.qualifier()) && id.id().equals(sender.id()));
        if (!known) {
            findings.add(Finding.error(SENDER_NOT_AUTHORIZED, at.atElement(6, 0, 0), "the sender " + sender
                    + " is not one of the X12 identities of partner " + partner.id() + " " + partner.identities().x12())
                    .withElement("I06", isa.field(6).strip()));
        }
        Party receiver = new Party(isa.field(7).strip(), isa.field(8).strip());
        if (!profile.us().isX12Receiver(receiver)) {
            findings.add(Finding.error(NOT_THE_RECIPIENT, at.atElement(8, 0, 0), "the interchange is addressed to "
                    + receiver + ", which is not this gateway " + profile.us().x12()).withElement("I07", isa.field(8).strip()));
        }
    }

    private static void check(List<Finding> findings, IsaSegment isa, Position at, int n, boolean valid, FindingCode code,
            String text) {
        boolean alreadyFound = findings.stream().anyMatch(f -> f.position().element() == n);
        if (!valid && !alreadyFound) {
            add(findings, isa, at, n, code, text);
        }
    }

    private static void add(List<Finding> findings, IsaSegment isa, Position at, int n, FindingCode code, String text) {
        findings.add(Finding.error(code, at.atElement(n, 0, 0), text).withElement(reference(isa, n), isa.field(n)));
    }

    /** ISA11 is the standards identifier (I10) before version 00402, the repetition separator (I65) from it on. */
    private static String reference(IsaSegment isa, int n) {
        String version = isa.field(12).strip();
        boolean repetitionVersion = X12Text.isDigits(version) && Integer.parseInt(version) >= 402;
        return n == 11 && repetitionVersion ? "I65" : REFERENCE[n];
    }

    private static FindingCode codeOf(int n, boolean repetitionVersion) {
        return switch (n) {
            case 1 -> INVALID_AUTHORIZATION_QUALIFIER;
            case 2 -> INVALID_AUTHORIZATION;
            case 3 -> INVALID_SECURITY_QUALIFIER;
            case 4 -> INVALID_SECURITY;
            case 5 -> INVALID_SENDER_QUALIFIER;
            case 6 -> INVALID_SENDER_ID;
            case 7 -> INVALID_RECEIVER_QUALIFIER;
            case 8 -> INVALID_RECEIVER_ID;
            case 9 -> INVALID_INTERCHANGE_DATE;
            case 10 -> INVALID_INTERCHANGE_TIME;
            case 11 -> repetitionVersion ? INVALID_REPETITION_SEPARATOR : INVALID_STANDARDS_IDENTIFIER;
            case 12 -> INVALID_VERSION_IDENTIFIER;
            case 13 -> INVALID_INTERCHANGE_CONTROL_NUMBER;
            case 14 -> INVALID_ACK_REQUESTED;
            case 15 -> INVALID_TEST_INDICATOR;
            default -> INVALID_COMPONENT_SEPARATOR;
        };
    }

    static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
