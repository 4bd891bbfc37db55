package org.borderedi.gateway.edi.edifact;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Verdict;

/** One message (UNH ... UNT) while it is read: what its UNH and UNT say, its segments counted and its findings. */
final class MessageCheck {

    private final String interchange;
    private final String group;
    private final List<Finding> findings = new ArrayList<>();
    private String reference;
    private String type;
    private String version;
    private String release;
    private String agency;
    private int segments;
    private String declaredSegments;
    private String trailerReference;
    private boolean trailer;

    MessageCheck(String interchange, String group) {
        this.interchange = interchange;
        this.group = group;
    }

    /** Counts a segment of the message (UNH is 1) and returns its position. */
    int countSegment() {
        return ++segments;
    }

    int segments() {
        return segments;
    }

    void header(String reference, String type, String version, String release, String agency) {
        this.reference = reference;
        // findings about the UNH's own elements came before its reference was known
        findings.replaceAll(f -> f.position().message() != null ? f : new Finding(f.code(), f.severity(),
                withMessage(f.position()), f.elementReference(), f.badValue(), f.text(), f.context()));
        this.type = type;
        this.version = version;
        this.release = release;
        this.agency = agency;
    }

    void trailer(String declaredSegments, String reference) {
        this.trailer = true;
        this.declaredSegments = declaredSegments;
        this.trailerReference = reference;
    }

    String reference() {
        return reference;
    }

    /** "CUSCAR D:95B:UN" for texts. */
    String identification() {
        return type + " " + version();
    }

    /** "D95B", the directory whose code lists apply. */
    String directory() {
        return nullToEmpty(version) + nullToEmpty(release);
    }

    Position position() {
        return Position.ofMessage(interchange, group, reference);
    }

    private Position withMessage(Position at) {
        return new Position(at.interchange(), at.group(), reference, at.segment(), at.segmentTag(), at.loop(), at.element(),
                at.component(), at.repetition());
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    /** The UNT checks: its count (UNH and UNT included) and its reference against the UNH's. */
    void checkTrailer() {
        if (!trailer) {
            findings.add(Finding.error(FindingCode.MESSAGE_TRAILER_MISSING, position().atSegment(segments + 1, "UNT", null),
                    "message " + reference + " has no UNT trailer after segment " + segments));
            return;
        }
        Position unt = position().atSegment(segments, "UNT", null);
        if (declaredSegments != null && declaredSegments.chars().allMatch(Character::isDigit)
                && !declaredSegments.isEmpty() && !String.valueOf(segments).equals(stripZeros(declaredSegments))) {
            findings.add(Finding.error(FindingCode.SEGMENT_COUNT_MISMATCH, unt.atElement(1, 0, 0),
                    "UNT says " + declaredSegments + " segments, the message has " + segments).withElement("0074", declaredSegments));
        }
        if (trailerReference != null && reference != null && !trailerReference.equals(reference)) {
            findings.add(Finding.error(FindingCode.MESSAGE_CONTROL_NUMBER_MISMATCH, unt.atElement(2, 0, 0),
                    "UNT reference '" + trailerReference + "' does not match UNH reference '" + reference + "'")
                    .withElement("0062", trailerReference));
        }
    }

    MessageOutcome outcome() {
        boolean errors = findings.stream().anyMatch(Finding::isError);
        Verdict verdict = errors ? Verdict.REJECTED : findings.isEmpty() ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_ERRORS;
        return new MessageOutcome(interchange, group, type, reference, version(), null, verdict, findings);
    }

    /** UNH S009 as written: "D:95B:UN". */
    private String version() {
        if (version == null && release == null && agency == null) {
            return null;
        }
        return nullToEmpty(version) + ":" + nullToEmpty(release) + ":" + nullToEmpty(agency);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** A count as a number is compared: "0012" and "12" are the same count. */
    static String stripZeros(String number) {
        return number.replaceFirst("^0+(?=.)", "");
    }
}
