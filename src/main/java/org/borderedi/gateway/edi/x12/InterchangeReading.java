package org.borderedi.gateway.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.edi.Verdict;

/**
 * Reads one interchange from its ISA to its IEA (or to where it breaks off), checking its envelope and reporting
 * groups and sets as they complete. It keeps only the interchange's group and set control numbers.
 */
final class InterchangeReading implements SegmentSupply {

    /**
     * Findings kept per interchange beyond its ISA and IEA: a file of thousands of broken groups or stray segments
     * would otherwise grow the list without saying anything new.
     */
    private static final int MAX_CONTENT_FINDINGS = 100;

    private final X12Input input;
    private final ValidationProfile profile;
    private final SyntaxEvents events;
    private final X12Schemas schemas;
    private final EDIInputFactory staedi;

    private final List<Finding> findings = new ArrayList<>();
    private final Set<String> groupNumbers = new HashSet<>();
    private InterchangeHeader header;
    private X12Delimiters delimiters;
    private X12Segment givenBack;
    private int segmentIndex;
    private String endedBy;
    private int contentFindings;
    private int groups;
    private int messages;
    private int acceptedMessages;

    InterchangeReading(X12Input input, ValidationProfile profile, SyntaxEvents events, X12Schemas schemas,
            EDIInputFactory staedi) {
        this.input = input;
        this.profile = profile;
        this.events = events;
        this.schemas = schemas;
        this.staedi = staedi;
    }

    void read(IsaSegment isa) throws IOException {
        IsaRules.Checked checked = IsaRules.check(isa, profile);
        header = checked.header();
        delimiters = checked.delimiters();
        findings.addAll(checked.findings());
        segmentIndex = 1;
        boolean refused = findings.stream().anyMatch(f -> f.code() == FindingCode.SENDER_NOT_AUTHORIZED
                || f.code() == FindingCode.NOT_THE_RECIPIENT);
        boolean duplicate = false;
        // only an interchange whose header is in order is recorded: one turned away for its header may come again
        // with the same control number, and a spoofed sender must not use up the real sender's numbers
        if (findings.stream().noneMatch(Finding::isError)) {
            Optional<Instant> first = profile.history().firstArrival(Syntax.X12, header.sender(), header.controlNumber());
            if (first.isPresent()) {
                duplicate = true;
                findings.add(Finding.error(FindingCode.DUPLICATE_INTERCHANGE, isaPosition().atElement(13, 0, 0),
                        "interchange " + header.controlNumber() + " from " + header.sender() + " was received before, at "
                                + first.get()).withElement("I12", header.controlNumber()));
            }
        }
        events.interchangeStarted(header);
        if (!checked.readable()) {
            input.skipToNextInterchange();
        } else if (refused || duplicate) {
            skipContent();
        } else {
            readContent();
        }
        finish();
    }

    @Override
    public X12Segment next() throws IOException {
        if (givenBack != null) {
            X12Segment segment = givenBack;
            givenBack = null;
            return segment;
        }
        while (true) {
            input.skipLineBreaks();
            if (input.atEnd()) {
                endedBy = "end of data";
                return null;
            }
            if (input.atInterchangeHeader()) {
                endedBy = "ISA";
                return null;
            }
            X12Segment segment = input.readSegment(delimiters);
            if (segment.raw().isEmpty()) {
                continue; // an empty segment (two terminators in a row) holds nothing to check
            }
            segmentIndex++;
            return segment;
        }
    }

    @Override
    public void giveBack(X12Segment segment) {
        givenBack = segment;
    }

    @Override
    public String endedBy() {
        return endedBy;
    }

    @Override
    public int segmentIndex() {
        return segmentIndex;
    }

    private void readContent() throws IOException {
        try (StructureReader structure = new StructureReader(staedi, delimiters)) {
            readContent(new ReadingContext(profile, events, schemas, structure, header.controlNumber(), delimiters));
        }
    }

    private void readContent(ReadingContext context) throws IOException {
        GroupReading group = null;
        while (true) {
            X12Segment segment = next();
            if (segment == null || SetReading.isOverlong(segment)) {
                String cause = segment == null ? endedBy : "an unreadable segment";
                if (group != null) {
                    endGroup(group, null, cause);
                }
                if (segment == null) {
                    prematureEnd();
                } else {
                    findings.add(Finding.error(FindingCode.INVALID_CONTROL_STRUCTURE, at(segment.tag()), "segment "
                            + segmentIndex + " has no segment terminator " + X12Delimiters.show(delimiters.segment())
                            + " within " + X12Input.MAX_SEGMENT_LENGTH + " characters; the rest of the interchange cannot be read"));
                    input.skipToNextInterchange();
                }
                return;
            }
            switch (segment.tag()) {
                case "GS" -> {
                    if (group != null) {
                        endGroup(group, null, "GS");
                    }
                    groups++;
                    group = new GroupReading(context, this, segment, groupNumbers, this::contentFinding);
                }
                case "ST" -> {
                    if (group == null) {
                        stray(segment, "a transaction set outside any functional group (no GS before it)");
                        skipSet();
                    } else {
                        messages++;
                        group.readSet(segment);
                    }
                }
                case "GE" -> {
                    if (group == null) {
                        stray(segment, "a GE without a GS");
                    } else {
                        endGroup(group, segment, null);
                        group = null;
                    }
                }
                case "IEA" -> {
                    if (group != null) {
                        endGroup(group, null, "IEA");
                    }
                    trailer(segment);
                    return;
                }
                case "TA1", "ISB", "ISE" -> {
                    // interchange-level service segments: nothing the gateway acts on
                }
                default -> stray(segment, "a segment outside any transaction set");
            }
        }
    }

    /** Reads through an interchange that goes no further (a duplicate, an unauthorized sender) to its IEA. */
    private void skipContent() throws IOException {
        while (true) {
            X12Segment segment = next();
            if (segment == null || SetReading.isOverlong(segment)) {
                if (segment == null) {
                    prematureEnd();
                } else {
                    input.skipToNextInterchange();
                }
                return;
            }
            switch (segment.tag()) {
                case "GS" -> groups++;
                case "ST" -> messages++;
                case "IEA" -> {
                    trailer(segment);
                    return;
                }
                default -> {
                    // not read
                }
            }
        }
    }

    private void skipSet() throws IOException {
        X12Segment segment;
        while ((segment = next()) != null) {
            if ("SE".equals(segment.tag())) {
                return;
            }
            if (Set.of("ST", "GS", "GE", "IEA").contains(segment.tag()) || SetReading.isOverlong(segment)) {
                giveBack(segment);
                return;
            }
        }
    }

    private void endGroup(GroupReading group, X12Segment ge, String endedBy) {
        acceptedMessages += group.end(ge, endedBy);
    }

    private void trailer(X12Segment iea) {
        Position at = at("IEA");
        String count = iea.element(1);
        if (!(X12Text.isDigits(count) && count.length() <= 5 && Integer.parseInt(count) == groups)) {
            // every group was checked against its own trailer, so the data is complete: accepted, error noted (TA1 E)
            findings.add(Finding.error(FindingCode.GROUP_COUNT_MISMATCH, at.atElement(1, 0, 0), "IEA01 says "
                    + X12Text.number(count) + " functional groups, the interchange has " + groups)
                    .withElement("I16", count).asWarning());
        }
        if (!iea.element(2).equals(header.controlNumber())) {
            findings.add(Finding.error(FindingCode.INTERCHANGE_CONTROL_NUMBER_MISMATCH, at.atElement(2, 0, 0), "IEA02 "
                    + X12Text.quote(iea.element(2)) + " does not match ISA13 " + X12Text.quote(header.controlNumber()))
                    .withElement("I12", iea.element(2)));
        }
    }

    private void prematureEnd() {
        findings.add(Finding.error(FindingCode.PREMATURE_END_OF_DATA, at("IEA"),
                "ISA".equals(endedBy) ? "the next interchange's ISA starts before this interchange's IEA"
                        : "the data ends before the interchange's IEA"));
    }

    private void stray(X12Segment segment, String what) {
        contentFinding(Finding.error(FindingCode.INVALID_CONTROL_STRUCTURE, at(segment.tag()),
                "segment " + segmentIndex + " (" + segment.tag() + ") is " + what));
    }

    private void contentFinding(Finding finding) {
        if (++contentFindings <= MAX_CONTENT_FINDINGS) {
            findings.add(finding);
        }
    }

    private void finish() {
        boolean rejected = findings.stream().anyMatch(Finding::isError);
        Verdict verdict = rejected ? Verdict.REJECTED : findings.isEmpty() ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_ERRORS;
        events.interchangeEnded(new InterchangeOutcome(header, verdict, groups, messages, rejected ? 0 : acceptedMessages,
                findings));
    }

    private Position isaPosition() {
        return Position.ofInterchange(header.controlNumber()).atSegment(1, "ISA", null);
    }

    private Position at(String tag) {
        return Position.ofInterchange(header.controlNumber()).atSegment(segmentIndex, tag, null);
    }
}
