package org.borderedi.gateway.edi.edifact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.GroupOutcome;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Verdict;

/** One functional group (UNG ... UNE) while it is read: its header, its messages counted and its findings. */
final class GroupCheck {

    private final GroupHeader header;
    private final int headerSegment;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> messageReferences = new HashSet<>();
    private int received;
    private int accepted;
    private boolean allAccepted = true;
    private String declaredCount;
    private String trailerReference;
    private int trailerSegment;

    GroupCheck(GroupHeader header, int headerSegment) {
        this.header = header;
        this.headerSegment = headerSegment;
    }

    GroupHeader header() {
        return header;
    }

    Position position() {
        return Position.ofGroup(header.interchange(), header.controlNumber());
    }

    int headerSegment() {
        return headerSegment;
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    /** Whether a message reference is new in this group (it must be unique within it). */
    boolean firstUseOf(String messageReference) {
        return messageReferences.add(messageReference);
    }

    /** The messages accepted on their own, before the group's trailer was checked. */
    int acceptedMessages() {
        return accepted;
    }

    void counted(MessageOutcome message) {
        received++;
        if (message.verdict().accepted()) {
            accepted++;
        }
        allAccepted &= message.verdict() == Verdict.ACCEPTED;
    }

    void trailer(String declaredCount, String reference, int segment) {
        this.declaredCount = declaredCount;
        this.trailerReference = reference;
        this.trailerSegment = segment;
    }

    /** The UNE checks: present, its count of messages and its reference against the UNG's. */
    void checkTrailer(int nextSegment) {
        if (trailerSegment == 0) {
            findings.add(Finding.error(FindingCode.GROUP_TRAILER_MISSING, position().atSegment(nextSegment, "UNE", null),
                    "group " + header.controlNumber() + " has no UNE trailer"));
            return;
        }
        Position une = position().atSegment(trailerSegment, "UNE", null);
        if (declaredCount != null && declaredCount.chars().allMatch(Character::isDigit)
                && !String.valueOf(received).equals(MessageCheck.stripZeros(declaredCount))) {
            findings.add(Finding.error(FindingCode.GROUP_MESSAGE_COUNT_MISMATCH, une.atElement(1, 0, 0),
                    "UNE says " + declaredCount + " messages, the group has " + received).withElement("0060", declaredCount));
        }
        if (trailerReference != null && header.controlNumber() != null && !trailerReference.equals(header.controlNumber())) {
            findings.add(Finding.error(FindingCode.GROUP_CONTROL_NUMBER_MISMATCH, une.atElement(2, 0, 0),
                    "UNE reference '" + trailerReference + "' does not match UNG reference '" + header.controlNumber() + "'")
                    .withElement("0048", trailerReference));
        }
    }

    GroupOutcome outcome() {
        boolean rejected = findings.stream().anyMatch(Finding::isError);
        Verdict verdict = rejected ? Verdict.REJECTED
                : allAccepted && findings.isEmpty() ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_ERRORS;
        int declared = declaredCount != null && declaredCount.matches("[0-9]{1,9}") ? Integer.parseInt(declaredCount) : -1;
        return new GroupOutcome(header, declared, received, rejected ? 0 : accepted, verdict, findings);
    }
}
