package org.borderedi.gateway.edi.x12;

import java.util.Optional;
import java.util.Set;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.partners.FilingFormat;
import org.borderedi.gateway.partners.Partner;

/**
 * The rules of a transaction set's own envelope (ST/SE): its identifier and control number, whether the gateway and
 * the partner accept this kind of set, and that the trailer matches the header and counts the segments.
 */
final class SetEnvelopeRules {

    private SetEnvelopeRules() {
    }

    /**
     * Checks the ST.
     *
     * @return true when the set is one the gateway checks further against a schema
     */
    static boolean header(X12Segment st, Position set, GroupHeader group, boolean groupSupported, ValidationProfile profile,
            Set<String> controlNumbersSeen, SetFindings findings) {
        Position at = set.atSegment(1, "ST", null);
        String type = st.element(1);
        String controlNumber = st.element(2);
        boolean supported = true;
        if (type.length() != 3 || !X12Text.isDigits(type)) {
            findings.add(finding(FindingCode.INVALID_MESSAGE_TYPE, at, 1, "143", type,
                    "ST01 " + X12Text.quote(type) + " is not a transaction set identifier"));
            supported = false;
        } else {
            Optional<Refusal> refusal = refusal(type, group, groupSupported, profile);
            if (refusal.isPresent()) {
                findings.add(finding(refusal.get().code(), at, 1, "143", type, refusal.get().text()));
                supported = false;
            }
        }
        if (controlNumber.length() < 4 || controlNumber.length() > 9) {
            findings.add(finding(FindingCode.INVALID_MESSAGE_CONTROL_NUMBER, at, 2, "329", controlNumber,
                    "ST02 " + X12Text.quote(controlNumber) + " is not a transaction set control number (4 to 9 characters)"));
        } else if (!controlNumbersSeen.add(controlNumber)) {
            findings.add(finding(FindingCode.DUPLICATE_MESSAGE_CONTROL_NUMBER, at, 2, "329", controlNumber,
                    "ST02 " + controlNumber + " is the control number of an earlier set in group " + group.controlNumber()));
        }
        return supported;
    }

    /** Checks the SE (null when the set has none) against the ST and the segments counted, ST and SE included. */
    static void trailer(X12Segment se, String st02, int segments, Position set, String endedBy, SetFindings findings) {
        if (se == null) {
            findings.add(Finding.error(FindingCode.MESSAGE_TRAILER_MISSING, set.atSegment(segments + 1, "SE", null),
                    "set " + st02 + " has no SE: " + ("end of data".equals(endedBy) ? "the data ends" : endedBy + " follows")
                            + " after " + segments + " segments"));
            return;
        }
        Position at = set.atSegment(segments, "SE", null);
        String count = se.element(1);
        boolean countMatches = X12Text.isDigits(count) && count.length() <= 10 && Long.parseLong(count) == segments;
        if (!countMatches) {
            findings.add(finding(FindingCode.SEGMENT_COUNT_MISMATCH, at, 1, "96", count,
                    "SE01 says " + X12Text.number(count) + " segments, the set has " + segments));
        }
        if (!se.element(2).equals(st02)) {
            findings.add(finding(FindingCode.MESSAGE_CONTROL_NUMBER_MISMATCH, at, 2, "329", se.element(2),
                    "SE02 " + X12Text.quote(se.element(2)) + " does not match ST02 " + X12Text.quote(st02)));
        }
    }

    /** Why a set is not read: not supported by the gateway, or not agreed with this partner. */
    private record Refusal(FindingCode code, String text) {
        static Optional<Refusal> unsupported(String text) {
            return Optional.of(new Refusal(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, text));
        }
    }

    private static Optional<Refusal> refusal(String type, GroupHeader group, boolean groupSupported, ValidationProfile profile) {
        if (!GroupRules.FUNCTIONAL_GROUPS.containsKey(type)) {
            return Refusal.unsupported("transaction set " + type + " is not one the gateway reads (309, 358)");
        }
        if (!groupSupported) {
            return Refusal.unsupported("transaction set " + type + " is not read in functional group " + X12Text.quote(group.functionalId())
                    + " version " + X12Text.quote(group.version()));
        }
        if (!GroupRules.FUNCTIONAL_GROUPS.get(type).contains(group.functionalId())) {
            return Refusal.unsupported("a " + type + " does not belong in functional group " + group.functionalId()
                    + " (it belongs in " + String.join(" or ", GroupRules.FUNCTIONAL_GROUPS.get(type).stream().sorted().toList()) + ")");
        }
        FilingFormat format = type.equals("309") ? FilingFormat.X12_309 : FilingFormat.X12_358;
        Optional<Partner> partner = profile.partner();
        if (partner.isPresent() && !partner.get().mayFile(format)) {
            return Optional.of(new Refusal(FindingCode.MESSAGE_TYPE_NOT_AGREED,
                    "partner " + partner.get().id() + " may not file " + format.registryName()));
        }
        return Optional.empty();
    }

    private static Finding finding(FindingCode code, Position at, int element, String reference, String value, String text) {
        return Finding.error(code, at.atElement(element, 0, 0), text).withElement(reference, value.isEmpty() ? null : value);
    }
}
