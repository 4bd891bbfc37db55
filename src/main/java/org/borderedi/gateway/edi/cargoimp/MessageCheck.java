package org.borderedi.gateway.edi.cargoimp;

import java.util.ArrayList;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.Verdict;

/**
 * Reads one message, held as its physical lines, into segments by its grammar and collects what is wrong with it:
 * the message type and version, lines that do not fit their layout, unknown identifiers, characters and lengths.
 */
final class MessageCheck {

    /** The segments and outcome of one message. */
    record Result(List<Segment> segments, MessageOutcome outcome) {
    }

    private final List<PhysicalLine> lines;
    private final List<LineFinding> findings = new ArrayList<>();

    /** @param lines the message's lines, its identifier line ({@code FWB/17}) first */
    MessageCheck(List<PhysicalLine> lines) {
        this.lines = List.copyOf(lines);
    }

    Result read() {
        PhysicalLine header = lines.get(0);
        MessageIdentifier identifier = MessageIdentifier.of(header.text()).orElseThrow();
        MessageGrammar grammar = identifier.grammar();
        checkIdentifier(header, identifier, grammar);

        List<Segment> segments = new ArrayList<>();
        List<List<String>> msg = new ArrayList<>(List.of(List.of(identifier.type()), List.of(identifier.version())));
        header.fields().stream().skip(2).forEach(field -> msg.add(field.isEmpty() ? List.of() : List.of(field)));
        segments.add(new Segment("MSG", header.number(), msg));
        for (LogicalLine line : grammar.assemble(lines.subList(1, lines.size()))) {
            segments.addAll(segmentsOf(line, grammar, identifier.version()));
        }
        checkLines(segments);
        checkWaybillNumbers(segments);

        String reference = grammar.reference(segments);
        List<Finding> found = findings.stream().map(finding -> finding.in(reference)).toList();
        Verdict verdict = found.stream().anyMatch(Finding::isError) ? Verdict.REJECTED : Verdict.ACCEPTED;
        return new Result(segments, new MessageOutcome(null, null, identifier.type(), reference, identifier.version(),
                null, verdict, found));
    }

    private void checkIdentifier(PhysicalLine header, MessageIdentifier identifier, MessageGrammar grammar) {
        if (!grammar.known()) {
            findings.add(LineFinding.error(FindingCode.CARGO_IMP_INVALID_MESSAGE_TYPE, header.number(), "MSG", 1,
                    identifier.type() + " is not a Cargo-IMP message the gateway reads (FWB, FHL, FFM)").withBadValue(identifier.type()));
        } else if (!grammar.reads(identifier.version())) {
            findings.add(LineFinding.error(FindingCode.CARGO_IMP_UNSUPPORTED_VERSION, header.number(), "MSG", 2,
                    identifier.type() + " version " + identifier.version() + " is not read; the gateway reads "
                            + grammar.versions().stream().sorted().toList()).withBadValue(identifier.version()));
        }
    }

    private List<Segment> segmentsOf(LogicalLine line, MessageGrammar grammar, String version) {
        LineLayout layout = grammar.layout(line.tag(), version);
        if (layout != null) {
            try {
                return layout.segments(line);
            } catch (LineFormatException e) {
                findings.add(LineFinding.error(FindingCode.CARGO_IMP_BAD_LINE_FORMAT, e.line(), line.tag(), 0,
                        "line " + e.line() + " (" + line.tag() + "): " + e.getMessage()));
            }
        } else if (line.tag().equals(MessageGrammar.UNKNOWN) && grammar.known()) {
            findings.add(LineFinding.error(FindingCode.CARGO_IMP_BAD_LINE_FORMAT, line.position(), line.tag(), 0,
                    "line " + line.position() + " has no line identifier and continues no line"));
        } else if (grammar.known() && !line.tag().equals(MessageGrammar.UNKNOWN)) {
            findings.add(LineFinding.warning(FindingCode.CARGO_IMP_UNKNOWN_LINE, line.position(), line.tag(), 0,
                    "line " + line.position() + ": " + line.tag() + " is not a line identifier of " + grammar.type()
                            + "/" + version + "; kept as read").withBadValue(line.tag()));
        }
        return List.of(new Segment(line.tag(), line.position(), CommonLines.generic(line)));
    }

    /** Characters and length of every physical line, each named with the tag of the segment it belongs to. */
    private void checkLines(List<Segment> segments) {
        int segment = 0;
        for (PhysicalLine line : lines) {
            while (segment + 1 < segments.size() && segments.get(segment + 1).position() <= line.number()) {
                segment++;
            }
            String tag = segments.get(segment).tag();
            LineChecks.characters(line, tag).ifPresent(findings::add);
            LineChecks.length(line, tag).ifPresent(findings::add);
        }
    }

    /** A waybill serial whose check digit does not hold is only a warning here; business rules decide more. */
    private void checkWaybillNumbers(List<Segment> segments) {
        for (Segment segment : segments) {
            if (List.of("AWB", "MBI", "CSG").contains(segment.tag()) && Consignments.laidOut(segment)
                    && !Consignments.checkDigitHolds(segment.element(Consignments.SERIAL))) {
                findings.add(LineFinding.warning(FindingCode.CARGO_IMP_AWB_CHECK_DIGIT, segment.position(), segment.tag(),
                        Consignments.SERIAL, "line " + segment.position() + ": the air waybill serial "
                                + segment.element(Consignments.SERIAL) + " fails its modulo 7 check digit")
                        .withBadValue(Consignments.number(segment)));
            }
        }
    }
}
