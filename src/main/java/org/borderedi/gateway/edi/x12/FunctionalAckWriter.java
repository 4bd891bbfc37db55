package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Scope;

/**
 * Writes the transaction sets of a 997 or a 999, one per received functional group, as the group is read: ST and AK1
 * when the group starts, an AK2 loop per set as it is checked, AK9 and SE when the group ends. The 999 follows the
 * 005010X231A1 conventions: ST03, AK103 and AK203 carry versions, and IK3/IK4/IK5 replace AK3/AK4/AK5.
 */
final class FunctionalAckWriter {

    /** The 999's implementation convention reference (ST03, GS08). */
    static final String X231 = "005010X231A1";

    /** AK4/IK4 occurrences per AK3/IK3 loop, and codes per AK5/IK5 and AK9, as the 997 and 999 allow. */
    private static final int MAX_ELEMENT_ERRORS = 99;
    private static final int MAX_CODES = 5;

    private final AckSegmentWriter out;
    private final boolean is999;
    /** 00501 and later acknowledgments carry ST03 echoes (AK203) and repetition positions (C030-03). */
    private final boolean version5;
    private int sets;
    private String setControlNumber;

    FunctionalAckWriter(AckSegmentWriter out, boolean is999, boolean version5) {
        this.out = out;
        this.is999 = is999;
        this.version5 = version5;
    }

    /** GS08 of the acknowledgment group. */
    static String groupVersion(boolean is999, boolean version5) {
        return is999 ? X231 : version5 ? "005010" : "004010";
    }

    int sets() {
        return sets;
    }

    void groupStarted(GroupHeader group) throws IOException {
        X12Delimiters d = out.delimiters();
        sets++;
        setControlNumber = String.format("%04d", sets);
        out.resetCount();
        out.segment("ST", is999 ? "999" : "997", setControlNumber, is999 ? X231 : null);
        out.segment("AK1", AckValues.text(group.functionalId(), d, 2, 2), AckValues.number(group.controlNumber(), 9, "0"),
                is999 ? AckValues.optional(group.version(), d, 12) : null);
    }

    void messageChecked(MessageOutcome message) throws IOException {
        X12Delimiters d = out.delimiters();
        out.segment("AK2", AckValues.text(message.type(), d, 3, 3), AckValues.text(message.controlNumber(), d, 4, 9),
                version5 || is999 ? AckValues.optional(message.implementationReference(), d, 35) : null);
        Map<String, List<Finding>> bySegment = new LinkedHashMap<>();
        Set<String> setCodes = new LinkedHashSet<>();
        // "5, one or more segments in error" goes first: it points at the AK3 loops, and five codes are the limit
        message.findings().stream().filter(f -> f.code().scope() == Scope.SEGMENT || f.code().scope() == Scope.ELEMENT)
                .findAny().ifPresent(f -> setCodes.add("5"));
        for (Finding finding : message.findings()) {
            Scope scope = finding.code().scope();
            if (scope == Scope.SEGMENT || scope == Scope.ELEMENT) {
                bySegment.computeIfAbsent(finding.position().segment() + "/" + finding.position().segmentTag(),
                        key -> new ArrayList<>()).add(finding);
            } else if (scope == Scope.MESSAGE && finding.isError()) {
                setCodes.add(finding.code().x12());
            }
        }
        for (List<Finding> segment : bySegment.values()) {
            segmentLoop(segment);
        }
        List<String> ak5 = new ArrayList<>();
        ak5.add(message.verdict().x12());
        setCodes.stream().limit(MAX_CODES).forEach(ak5::add);
        out.segment(is999 ? "IK5" : "AK5", ak5.toArray(String[]::new));
    }

    void groupEnded(GroupOutcome group) throws IOException {
        List<String> ak9 = new ArrayList<>();
        ak9.add(group.verdict().x12());
        ak9.add(String.valueOf(group.declaredCount() >= 0 ? group.declaredCount() : group.received()));
        ak9.add(String.valueOf(group.received()));
        ak9.add(String.valueOf(group.accepted()));
        group.findings().stream().filter(Finding::isError).map(f -> f.code().x12()).distinct().limit(MAX_CODES)
                .forEach(ak9::add);
        out.segment("AK9", ak9.toArray(String[]::new));
        out.segment("SE", String.valueOf(out.count() + 1), setControlNumber);
    }

    /** AK3 (IK3) for one segment, with an AK4 (IK4) per element finding. */
    private void segmentLoop(List<Finding> findings) throws IOException {
        X12Delimiters d = out.delimiters();
        Finding first = findings.get(0);
        String tag = AckValues.text(first.position().segmentTag(), d, 2, 3);
        String position = String.valueOf(first.position().segment());
        String loop = AckValues.optional(first.position().loop(), d, 4);
        List<Finding> segmentFindings = findings.stream().filter(f -> f.code().scope() == Scope.SEGMENT).toList();
        List<Finding> elementFindings = findings.stream().filter(f -> f.code().scope() == Scope.ELEMENT).toList();
        String segmentTag = is999 ? "IK3" : "AK3";
        if (segmentFindings.isEmpty()) {
            out.segment(segmentTag, tag, position, loop, "8");
        } else {
            for (Finding finding : segmentFindings) {
                out.segment(segmentTag, tag, position, AckValues.optional(finding.position().loop(), d, 4), finding.code().x12());
            }
        }
        if (is999 && first.context() != null) {
            // 999 CTX business unit identifier: the bill of lading the segment belongs to, so the filer can find it
            out.segment("CTX", out.composite(AckValues.text(first.context().element(), d, 1, 35),
                    AckValues.text(first.context().reference(), d, 1, 35)));
        }
        int written = 0;
        for (Finding finding : elementFindings) {
            if (written++ == MAX_ELEMENT_ERRORS) {
                break;
            }
            int repetition = version5 || is999 ? finding.position().repetition() : 0;
            String c030 = out.composite(String.valueOf(finding.position().element()),
                    finding.position().component() > 0 ? String.valueOf(finding.position().component()) : null,
                    repetition > 0 ? String.valueOf(repetition) : null);
            String reference = finding.elementReference() != null && X12Text.isDigits(finding.elementReference())
                    && finding.elementReference().length() <= 4 ? finding.elementReference() : null;
            out.segment(is999 ? "IK4" : "AK4", c030, reference, finding.code().x12(),
                    AckValues.optional(finding.badValue(), d, 99));
        }
    }
}
