package org.borderedi.gateway.edi.x12;

import io.xlate.edi.schema.Schema;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.borderedi.gateway.edi.CompiledSchema;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.edi.Position;
import org.borderedi.gateway.edi.Segment;
import org.borderedi.gateway.edi.SegmentSyntax;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.partners.CodeListMode;

/** Reads one transaction set (ST..SE) and checks its envelope and, for the sets the gateway reads, its structure. */
final class SetReading {

    /** Segments that cannot occur inside a set: they end it, trailer or not. */
    private static final Set<String> ENDS_SET = Set.of("ST", "GS", "GE", "IEA");

    private final ReadingContext context;
    private final SegmentSupply supply;
    private final GroupHeader group;
    private final boolean groupSupported;
    private final Set<String> controlNumbersSeen;

    SetReading(ReadingContext context, SegmentSupply supply, GroupHeader group, boolean groupSupported,
            Set<String> controlNumbersSeen) {
        this.context = context;
        this.supply = supply;
        this.group = group;
        this.groupSupported = groupSupported;
        this.controlNumbersSeen = controlNumbersSeen;
    }

    MessageOutcome read(X12Segment st) throws IOException {
        String type = st.element(1);
        String controlNumber = st.element(2);
        Position set = Position.ofMessage(context.interchange(), group.controlNumber(), controlNumber);
        SetFindings findings = new SetFindings();
        boolean checkable = SetEnvelopeRules.header(st, set, group, groupSupported, context.profile(), controlNumbersSeen,
                findings);
        Feed feed = new Feed(st, set, findings);
        Optional<Schema> schema = checkable ? context.schemas().forType(type) : Optional.empty();
        Optional<CompiledSchema> compiled = context.schemas().compiledFor(type);
        // a set the quick proof clears has nothing for StAEDI to explain
        boolean proven = schema.isPresent() && compiled.isPresent() && feed.provenClean(compiled.get().proof(syntax(),
                context.profile().codeLists() != CodeListMode.OFF));
        if (schema.isPresent() && !proven) {
            new SetStructure(context.schemas(), type, schema.get(), context.profile().codeLists(), set,
                    feed::realPosition, findings).check(context.structure(), feed);
        }
        feed.drain();
        SetEnvelopeRules.trailer(feed.trailer, controlNumber, feed.count, set, feed.endedBy, findings);
        // Only warnings (code values in "warn" mode) leave the set accepted. Both acknowledgments define a status for
        // exactly that: AK501 (997) and IK501 (999, 005010X231A1) "E", accepted but errors were noted, sent with the
        // AK3/AK4 (IK3/IK4) that note them. "A" would say nothing was wrong, so E it is; AK9 follows with E when no set
        // was rejected.
        Verdict verdict = findings.hasErrors() ? Verdict.REJECTED
                : findings.isEmpty() ? Verdict.ACCEPTED : Verdict.ACCEPTED_WITH_ERRORS;
        String reference = st.element(3).isEmpty() ? null : st.element(3);
        return new MessageOutcome(context.interchange(), group.controlNumber(), type, controlNumber,
                reference == null ? group.version() : reference, reference, verdict, findings.inOrder());
    }

    private SegmentSyntax syntax() {
        X12Delimiters d = context.delimiters();
        return new SegmentSyntax(d.component(), d.repetition() == null ? 0 : d.repetition(), (char) 0, '.');
    }

    /**
     * Hands the set's segments to structure validation one by one as StAEDI asks for them, counting them and noting
     * the SE. A segment StAEDI could not read at all (a tag that is no segment identifier) is reported here and left
     * out; control characters in data are reported here and removed, so that StAEDI can check the rest.
     */
    private final class Feed implements EnvelopedSet.Segments {

        /** Sets larger than this go to StAEDI as they are read rather than wait in memory for the proof. */
        private static final int PROOF_LIMIT_CHARS = 4 << 20;

        private X12Segment first;
        private boolean ended;
        private int count;
        private X12Segment trailer;
        private String endedBy;
        private final Position set;
        private final SetFindings findings;
        /** Set positions of segments left out, ascending. */
        private final List<Integer> leftOut = new ArrayList<>();
        /** Segments read for the proof and not yet handed to StAEDI, prepared as StAEDI reads them. */
        private final ArrayDeque<String> readAhead = new ArrayDeque<>();
        private X12Segment lastRead;

        Feed(X12Segment st, Position set, SetFindings findings) {
            this.first = st;
            this.set = set;
            this.findings = findings;
        }

        /**
         * Reads the set ahead through the proof, up to its SE. Where the proof fails (or the set is too large to
         * wait), the segments read so far stay here for StAEDI, which reads on from the interchange after them.
         */
        boolean provenClean(CompiledSchema.Proof proof) throws IOException {
            long chars = 0;
            while (true) {
                String text = read();
                if (text == null) {
                    return false;
                }
                readAhead.add(text);
                chars += text.length();
                if (text != lastRead.raw() || !leftOut.isEmpty() || chars > PROOF_LIMIT_CHARS) {
                    return false; // control characters taken out, or unreadable segments left out: StAEDI explains
                }
                if (trailer != null) {
                    boolean clean = proof.end();
                    if (clean) {
                        readAhead.clear(); // StAEDI will not read them
                    }
                    return clean;
                }
                if (count > 1 && !proof.segment(lastRead.fields())) {
                    return false;
                }
            }
        }

        @Override
        public String next() throws IOException {
            return readAhead.isEmpty() ? read() : readAhead.poll();
        }

        private String read() throws IOException {
            while (true) {
                X12Segment segment = first;
                first = null;
                if (segment == null) {
                    if (ended) {
                        return null;
                    }
                    segment = supply.next();
                    if (segment == null) {
                        ended = true;
                        endedBy = supply.endedBy();
                        return null;
                    }
                    if (ENDS_SET.contains(segment.tag()) || isOverlong(segment)) {
                        supply.giveBack(segment);
                        ended = true;
                        endedBy = segment.tag();
                        return null;
                    }
                }
                count++;
                if (context.events().wantsSegments()) {
                    context.events().segmentRead(translatable(segment, count));
                }
                if ("SE".equals(segment.tag())) {
                    trailer = segment;
                    ended = true;
                }
                lastRead = segment;
                String text = prepare(segment, count);
                if (text != null) {
                    return text;
                }
                leftOut.add(count);
            }
        }

        @Override
        public String closingTrailer() {
            if (trailer != null) {
                return null;
            }
            char e = context.delimiters().element();
            return "SE" + e + (count + 1) + e + "0000";
        }

        /** The position in the set of the n-th segment StAEDI was given. */
        int realPosition(int given) {
            int position = given;
            for (int out : leftOut) {
                if (out <= position) {
                    position++;
                } else {
                    break;
                }
            }
            return position;
        }

        void drain() throws IOException {
            while (next() != null) {
                // counted and noted by next()
            }
        }

        private String prepare(X12Segment segment, int position) {
            String tag = segment.tag();
            if (!isSegmentId(tag)) {
                findings.add(Finding.error(FindingCode.UNRECOGNIZED_SEGMENT, set.atSegment(position, tag, null),
                        "segment " + position + " starts with " + X12Text.quote(tag) + ", which is not a segment identifier"));
                return null;
            }
            String raw = segment.raw();
            StringBuilder clean = null;
            int element = 0;
            int component = 1;
            int reportedElement = -1;
            X12Delimiters d = context.delimiters();
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c == d.element()) {
                    element++;
                    component = 1;
                } else if (c == d.component()) {
                    component++;
                } else if ((c < 0x20 || c == 0x7F) && (d.repetition() == null || c != d.repetition())) {
                    if (clean == null) {
                        clean = new StringBuilder(raw.substring(0, i));
                    }
                    if (reportedElement != element) {
                        reportedElement = element;
                        String value = segment.element(element);
                        findings.add(Finding.error(FindingCode.INVALID_CHARACTER,
                                set.atSegment(position, tag, null).atElement(element, value.indexOf(d.component()) >= 0 ? component : 0, 0),
                                tag + IsaRules.two(element) + " holds the control character " + X12Delimiters.show(c)
                                        + ", which X12 data may not contain").withElement(null, value));
                    }
                    continue;
                }
                if (clean != null) {
                    clean.append(c);
                }
            }
            return clean == null ? raw : clean.toString();
        }
    }

    /** The segment as translation reads it: elements split into their components. */
    private Segment translatable(X12Segment segment, int position) {
        char component = context.delimiters().component();
        List<List<String>> elements = new ArrayList<>(segment.elementCount());
        for (int e = 1; e <= segment.elementCount(); e++) {
            String value = segment.element(e);
            elements.add(value.indexOf(component) < 0 ? List.of(value) : X12Text.split(value, component));
        }
        return new Segment(segment.tag(), position, elements);
    }

    /** X12 segment identifiers are two or three upper-case letters and digits, starting with a letter. */
    static boolean isSegmentId(String tag) {
        if (tag.length() < 2 || tag.length() > 3 || tag.charAt(0) < 'A' || tag.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static boolean isOverlong(X12Segment segment) {
        return !segment.terminated() && segment.raw().length() >= X12Input.MAX_SEGMENT_LENGTH;
    }
}
