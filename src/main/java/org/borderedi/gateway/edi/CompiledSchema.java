package org.borderedi.gateway.edi;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A StAEDI message schema compiled into a quick proof that a message is clean: segment order, loops, occurrences,
 * mandatory segments and elements, lengths, types, code values and syntax notes, all as StAEDI checks them.
 *
 * <p>Why: StAEDI looks up a segment's element definitions for the message's version once per element, building a
 * list each time; that alone is about half of the syntax layer's time. Nearly every message filed is clean, and a
 * clean message needs no explanation. So the syntax layer walks a message through this proof first and hands it to
 * StAEDI only when the proof fails: StAEDI then finds and explains what is wrong. The proof is stricter than StAEDI
 * wherever it is simpler to be (printable ASCII only, no repeating elements, no release characters); being stricter
 * costs a StAEDI pass, never a wrong answer. {@code CompiledSchemaAgreementTest} holds it to that on mutated samples.
 */
public final class CompiledSchema {

    /** A segment or a loop of the message, with how often it may occur where it stands. */
    private sealed interface Part permits SegmentPart, LoopPart {
        String firstTag();

        int min();

        int max();
    }

    private record SegmentPart(String firstTag, int min, int max, CompiledSegment segment) implements Part {
    }

    private record LoopPart(String firstTag, int min, int max, Part[] children) implements Part {
    }

    private final LoopPart message;

    private CompiledSchema(LoopPart message) {
        this.message = message;
    }

    /** Empty when the schema uses what the proof does not cover (versions, implementations): StAEDI checks alone. */
    public static Optional<CompiledSchema> compile(Schema schema) {
        if (schema.getImplementation() != null) {
            return Optional.empty();
        }
        try {
            Part[] children = children(schema.getStandard());
            return children.length == 0 ? Optional.empty()
                    : Optional.of(new CompiledSchema(new LoopPart(children[0].firstTag(), 1, 1, children)));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** A proof for one message, its segments given one by one after the header and before the trailer. */
    public Proof proof(SegmentSyntax syntax, boolean codeLists) {
        return new Proof(syntax, codeLists);
    }

    /**
     * Follows one message through the schema as StAEDI does: each segment is looked for from the current place
     * onwards, then in the enclosing loops; a loop's first segment seen again starts the loop's next occurrence.
     */
    public final class Proof {

        private final SegmentSyntax syntax;
        private final boolean codeLists;
        private final List<Place> places = new ArrayList<>();
        private boolean failed;

        private Proof(SegmentSyntax syntax, boolean codeLists) {
            this.syntax = syntax;
            this.codeLists = codeLists;
            places.add(new Place(message, 0, 0));
        }

        /**
         * The next segment: its tag, then its elements (as written, components not yet split). False once anything
         * about the message cannot be proven clean.
         */
        public boolean segment(List<String> fields) {
            if (failed) {
                return false;
            }
            SegmentPart found = find(fields.get(0));
            failed = found == null || !found.segment().admits(fields, syntax, codeLists);
            return !failed;
        }

        /** The trailer came: true when the whole message was proven clean. */
        public boolean end() {
            if (failed) {
                return false;
            }
            while (!places.isEmpty()) {
                if (!places.remove(places.size() - 1).complete()) {
                    return false;
                }
            }
            return true;
        }

        private SegmentPart find(String tag) {
            while (!places.isEmpty()) {
                Place place = places.get(places.size() - 1);
                SegmentPart found = place.advance(tag);
                if (found != null) {
                    return found;
                }
                if (place.blocked || places.size() == 1 || !place.complete()) {
                    return null;
                }
                places.remove(places.size() - 1);
            }
            return null;
        }

        /** Where the message stands in one loop: the current part and how often it occurred so far. */
        private final class Place {
            private final LoopPart loop;
            private int index;
            private int count;
            /** The tag was found here but may not occur again: StAEDI reports it, so the proof fails. */
            private boolean blocked;

            Place(LoopPart loop, int index, int count) {
                this.loop = loop;
                this.index = index;
                this.count = count;
            }

            /** The segment part the tag is, found from here onwards (entering loops it starts), or null. */
            SegmentPart advance(String tag) {
                Part[] parts = loop.children();
                for (int j = index; j < parts.length; j++) {
                    Part part = parts[j];
                    if (!part.firstTag().equals(tag)) {
                        continue;
                    }
                    if (j == index) {
                        // the first segment of a loop again is the loop's next occurrence, decided a level up
                        if (part instanceof SegmentPart && j == 0 && loop != message) {
                            return null;
                        }
                        if (count + 1 > part.max()) {
                            blocked = true;
                            return null;
                        }
                        count++;
                    } else {
                        if (!satisfied(index, count, j)) {
                            blocked = true;
                            return null;
                        }
                        index = j;
                        count = 1;
                    }
                    return enter(part);
                }
                return null;
            }

            private SegmentPart enter(Part part) {
                if (part instanceof SegmentPart segment) {
                    return segment;
                }
                LoopPart inner = (LoopPart) part;
                places.add(new Place(inner, 0, 1));
                return (SegmentPart) inner.children()[0];
            }

            /** The parts before {@code until}, from the current one, have occurred often enough. */
            private boolean satisfied(int from, int occurred, int until) {
                Part[] parts = loop.children();
                if (from < parts.length && occurred < parts[from].min()) {
                    return false;
                }
                for (int k = from + 1; k < until; k++) {
                    if (parts[k].min() > 0) {
                        return false;
                    }
                }
                return true;
            }

            boolean complete() {
                return satisfied(index, count, loop.children().length);
            }
        }
    }

    private static Part[] children(EDIComplexType type) {
        List<Part> parts = new ArrayList<>();
        for (EDIReference reference : type.getReferences()) {
            if (reference.hasVersions()) {
                throw new Unsupported();
            }
            EDIType child = reference.getReferencedType();
            if (child.isType(EDIType.Type.SEGMENT)) {
                CompiledSegment segment = CompiledSegment.of((EDIComplexType) child).orElse(null);
                parts.add(new SegmentPart(child.getCode(), reference.getMinOccurs(), reference.getMaxOccurs(),
                        segment == null ? CompiledSegment.UNCHECKABLE : segment));
            } else if (child.isType(EDIType.Type.LOOP)) {
                Part[] loopChildren = children((EDIComplexType) child);
                if (loopChildren.length == 0 || !(loopChildren[0] instanceof SegmentPart)
                        || !((EDIComplexType) child).getSyntaxRules().isEmpty()) {
                    throw new Unsupported();
                }
                parts.add(new LoopPart(loopChildren[0].firstTag(), reference.getMinOccurs(), reference.getMaxOccurs(),
                        loopChildren));
            } else {
                throw new Unsupported();
            }
        }
        if (!type.getSyntaxRules().isEmpty()) {
            throw new Unsupported(); // conditions between segments: left to StAEDI
        }
        return parts.toArray(Part[]::new);
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
