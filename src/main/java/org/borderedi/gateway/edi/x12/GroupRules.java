package org.borderedi.gateway.edi.x12;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Position;

/**
 * The rules of the functional group envelope (GS/GE). Errors the 997's AK9 can name (unsupported group or version,
 * control numbers, counts) are group findings; other faults of the GS make the interchange's content invalid, which
 * only a TA1 can report (note 024, "invalid interchange content, e.g. invalid GS segment").
 */
final class GroupRules {

    /**
     * Functional identifier codes (GS01) by set: 004010 puts the 309 and the 358 in group SO; later releases moved
     * the 309 to AQ and the 358 to BD, and partners upgrading piecemeal send those with 004010 sets too.
     */
    static final Map<String, Set<String>> FUNCTIONAL_GROUPS = Map.of("309", Set.of("SO", "AQ"), "358", Set.of("SO", "BD"));
    private static final Set<String> SUPPORTED_GROUPS = Set.of("SO", "AQ", "BD");
    /**
     * GS08 positions 1-6 are the version and release; positions 7-12 may name an industry or implementation
     * convention ("004010" plus a suffix such as a guide name), which does not change the 004010 syntax.
     */
    static final String SUPPORTED_VERSION = "004010";

    private GroupRules() {
    }

    /** What a GS says, whether the gateway reads such a group, and what is wrong with it. */
    record Checked(GroupHeader header, List<Finding> groupFindings, List<Finding> interchangeFindings, boolean supported) {
    }

    static Checked header(X12Segment gs, String interchange, int segmentIndex, Set<String> groupNumbersSeen) {
        String controlNumber = gs.element(6);
        Position at = Position.ofGroup(interchange, controlNumber).atSegment(segmentIndex, "GS", null);
        List<Finding> group = new java.util.ArrayList<>();
        List<Finding> content = new java.util.ArrayList<>();
        String functionalId = gs.element(1);
        boolean supported = true;
        if (!SUPPORTED_GROUPS.contains(functionalId)) {
            supported = false;
            group.add(finding(FindingCode.GROUP_NOT_SUPPORTED, at, 1, "479", functionalId, "GS01 "
                    + X12Text.quote(functionalId) + " is not a functional group the gateway reads (SO, AQ, BD)"));
        }
        checkLength(content, at, gs, 2, "142", 2, 15, "the application sender's code");
        checkLength(content, at, gs, 3, "124", 2, 15, "the application receiver's code");
        if (!X12Text.isDate(gs.element(4)) || gs.element(4).length() != 8) {
            content.add(finding(FindingCode.INVALID_INTERCHANGE_CONTENT, at, 4, "373", gs.element(4),
                    "GS04 " + X12Text.quote(gs.element(4)) + " is not a date (CCYYMMDD)"));
        }
        if (!X12Text.isTime(gs.element(5))) {
            content.add(finding(FindingCode.INVALID_INTERCHANGE_CONTENT, at, 5, "337", gs.element(5),
                    "GS05 " + X12Text.quote(gs.element(5)) + " is not a time (HHMM, HHMMSS or HHMMSSDD)"));
        }
        if (!X12Text.isDigits(controlNumber) || controlNumber.length() > 9) {
            group.add(finding(FindingCode.INVALID_GROUP_CONTROL_NUMBER, at, 6, "28", controlNumber,
                    "GS06 " + X12Text.quote(controlNumber) + " is not a group control number (1 to 9 digits)"));
        } else if (!groupNumbersSeen.add(controlNumber)) {
            group.add(finding(FindingCode.DUPLICATE_GROUP_CONTROL_NUMBER, at, 6, "28", controlNumber,
                    "GS06 " + controlNumber + " is the control number of an earlier group in this interchange"));
        }
        if (!gs.element(7).equals("X") && !gs.element(7).equals("T")) {
            content.add(finding(FindingCode.INVALID_INTERCHANGE_CONTENT, at, 7, "455", gs.element(7),
                    "GS07 " + X12Text.quote(gs.element(7)) + " is not a responsible agency code (X or T)"));
        }
        String version = gs.element(8);
        if (!version.startsWith(SUPPORTED_VERSION) || version.length() > 12) {
            supported = false;
            group.add(finding(FindingCode.GROUP_VERSION_NOT_SUPPORTED, at, 8, "480", version, "GS08 says version "
                    + X12Text.quote(version) + "; the gateway reads " + SUPPORTED_VERSION + " groups"));
        }
        if (gs.elementCount() > 8) {
            content.add(finding(FindingCode.INVALID_INTERCHANGE_CONTENT, at, 9, null, gs.element(9),
                    "GS has " + gs.elementCount() + " elements, it defines 8"));
        }
        GroupHeader header = new GroupHeader(interchange, functionalId, controlNumber,
                new Party(null, gs.element(2)), new Party(null, gs.element(3)), gs.element(4), gs.element(5), version);
        return new Checked(header, group, content, supported);
    }

    /** The GE against its GS and the sets received; a null GE means the group had none. */
    static List<Finding> trailer(X12Segment ge, GroupHeader header, int received, int segmentIndex, String endedBy) {
        Position at = Position.ofGroup(header.interchange(), header.controlNumber()).atSegment(segmentIndex, "GE", null);
        List<Finding> findings = new java.util.ArrayList<>();
        if (ge == null) {
            findings.add(Finding.error(FindingCode.GROUP_TRAILER_MISSING, at, "group " + header.controlNumber()
                    + " has no GE: " + ("end of data".equals(endedBy) ? "the data ends" : endedBy + " follows") + " after its "
                    + received + " set(s)"));
            return findings;
        }
        String count = ge.element(1);
        if (!count.equals(String.valueOf(received)) && !(X12Text.isDigits(count) && Long.parseLong(count) == received)) {
            findings.add(finding(FindingCode.GROUP_MESSAGE_COUNT_MISMATCH, at, 1, "97", count,
                    "GE01 says " + X12Text.number(count) + " sets, the group has " + received));
        }
        if (!ge.element(2).equals(header.controlNumber())) {
            findings.add(finding(FindingCode.GROUP_CONTROL_NUMBER_MISMATCH, at, 2, "28", ge.element(2),
                    "GE02 " + X12Text.quote(ge.element(2)) + " does not match GS06 " + X12Text.quote(header.controlNumber())));
        }
        return findings;
    }

    private static void checkLength(List<Finding> findings, Position at, X12Segment gs, int n, String reference, int min,
            int max, String what) {
        String value = gs.element(n);
        if (value.length() < min || value.length() > max) {
            findings.add(finding(FindingCode.INVALID_INTERCHANGE_CONTENT, at, n, reference, value, "GS0" + n + " ("
                    + what + ") " + X12Text.quote(value) + " has " + value.length() + " characters, it takes " + min
                    + " to " + max));
        }
    }

    private static Finding finding(FindingCode code, Position at, int element, String reference, String value, String text) {
        return Finding.error(code, at.atElement(element, 0, 0), text).withElement(reference, value == null || value.isEmpty() ? null : value);
    }
}
