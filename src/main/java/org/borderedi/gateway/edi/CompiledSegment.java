package org.borderedi.gateway.edi;

import io.xlate.edi.schema.EDIComplexType;
import io.xlate.edi.schema.EDIReference;
import io.xlate.edi.schema.EDISimpleType;
import io.xlate.edi.schema.EDISyntaxRule;
import io.xlate.edi.schema.EDIType;
import io.xlate.edi.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One segment of a StAEDI schema, compiled for {@link CompiledSchema} (or alone, for a service segment): its elements
 * (simple or composite) with their occurrence and its syntax notes, checked the way StAEDI checks them. Absent from a
 * segment means empty; a composite is present when any of its components is.
 */
public final class CompiledSegment {

    /** A simple element ({@code components} null) or a composite ({@code value} null) at one position. */
    private record Element(boolean required, CompiledValue value, Component[] components, int[][] notes,
                           EDISyntaxRule.Type[] noteTypes) {
    }

    private record Component(boolean required, CompiledValue value) {
    }

    /** A segment this check cannot cover: every occurrence goes to StAEDI. */
    static final CompiledSegment UNCHECKABLE = new CompiledSegment(null, null, null);

    private final Element[] elements;
    private final int[][] notes;
    private final EDISyntaxRule.Type[] noteTypes;

    private CompiledSegment(Element[] elements, int[][] notes, EDISyntaxRule.Type[] noteTypes) {
        this.elements = elements;
        this.notes = notes;
        this.noteTypes = noteTypes;
    }

    /** The schema's segment of that tag, alone; empty when the schema has none or it cannot be compiled. */
    public static Optional<CompiledSegment> of(Schema schema, String tag) {
        return schema.getType(tag) instanceof EDIComplexType segment && segment.isType(EDIType.Type.SEGMENT)
                ? of(segment) : Optional.empty();
    }

    /** Empty when the segment uses what this check does not cover: StAEDI then checks every occurrence. */
    static Optional<CompiledSegment> of(EDIComplexType segment) {
        List<Element> elements = new ArrayList<>();
        for (EDIReference reference : segment.getReferences()) {
            if (reference.hasVersions()) {
                return Optional.empty();
            }
            EDIType type = reference.getReferencedType();
            boolean required = reference.getMinOccurs() > 0;
            if (reference.getMaxOccurs() != 1) {
                return Optional.empty(); // repeating elements: left to StAEDI
            }
            if (type instanceof EDISimpleType simple) {
                Optional<CompiledValue> value = CompiledValue.of(simple);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                elements.add(new Element(required, value.get(), null, null, null));
            } else if (type instanceof EDIComplexType composite && type.isType(EDIType.Type.COMPOSITE)) {
                List<Component> components = new ArrayList<>();
                for (EDIReference part : composite.getReferences()) {
                    if (part.hasVersions() || !(part.getReferencedType() instanceof EDISimpleType simple)
                            || CompiledValue.of(simple).isEmpty()) {
                        return Optional.empty();
                    }
                    components.add(new Component(part.getMinOccurs() > 0, CompiledValue.of(simple).get()));
                }
                elements.add(new Element(required, null, components.toArray(Component[]::new),
                        positions(composite.getSyntaxRules()), types(composite.getSyntaxRules())));
            } else {
                return Optional.empty();
            }
        }
        for (EDISyntaxRule rule : segment.getSyntaxRules()) {
            for (int position : rule.getPositions()) {
                // StAEDI counts a composite as used only in some of the ways it can be written: left to StAEDI
                if (position >= 1 && position <= elements.size() && elements.get(position - 1).components() != null) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new CompiledSegment(elements.toArray(Element[]::new), positions(segment.getSyntaxRules()),
                types(segment.getSyntaxRules())));
    }

    /** Whether StAEDI would find nothing wrong with this segment's elements (the tag first, then element 1 on). */
    public boolean admits(List<String> fields, SegmentSyntax syntax, boolean codeLists) {
        if (elements == null) {
            return false;
        }
        int count = fields.size() - 1;
        if (count > elements.length) {
            return false;
        }
        boolean[] present = new boolean[elements.length + 1];
        for (int e = 0; e < elements.length; e++) {
            String raw = e < count ? fields.get(1 + e) : "";
            Element element = elements[e];
            if (raw.isEmpty()) {
                if (element.required()) {
                    return false;
                }
                continue;
            }
            if (syntax.repetition() != 0 && raw.indexOf(syntax.repetition()) >= 0
                    || syntax.release() != 0 && raw.indexOf(syntax.release()) >= 0) {
                return false;
            }
            present[e + 1] = true;
            if (element.components() == null) {
                if (raw.indexOf(syntax.component()) >= 0 || !element.value().admits(raw, syntax.decimalMark(), codeLists)) {
                    return false;
                }
            } else if (!compositeAdmits(element, raw, syntax, codeLists)) {
                return false;
            }
        }
        return notesHold(notes, noteTypes, present);
    }

    private static boolean compositeAdmits(Element element, String raw, SegmentSyntax syntax, boolean codeLists) {
        Component[] components = element.components();
        boolean[] present = new boolean[components.length + 1];
        boolean any = false;
        int c = 0;
        int start = 0;
        while (start >= 0) {
            if (c >= components.length) {
                return false;
            }
            int end = raw.indexOf(syntax.component(), start);
            String value = raw.substring(start, end < 0 ? raw.length() : end);
            if (value.isEmpty()) {
                if (components[c].required()) {
                    return false;
                }
            } else if (components[c].value().admits(value, syntax.decimalMark(), codeLists)) {
                present[c + 1] = true;
                any = true;
            } else {
                return false;
            }
            c++;
            start = end < 0 ? -1 : end + 1;
        }
        for (; c < components.length; c++) {
            if (components[c].required()) {
                return false; // not written, so absent
            }
        }
        return any && notesHold(element.notes(), element.noteTypes(), present);
    }

    /** X12 relational conditions and EDIFACT dependency notes, as StAEDI reads them; the first position is the anchor. */
    private static boolean notesHold(int[][] notes, EDISyntaxRule.Type[] types, boolean[] present) {
        for (int n = 0; n < notes.length; n++) {
            int count = 0;
            boolean anchor = false;
            for (int i = 0; i < notes[n].length; i++) {
                int position = notes[n][i];
                if (position < present.length && present[position]) {
                    count++;
                    anchor |= i == 0;
                }
            }
            int size = notes[n].length;
            boolean holds = switch (types[n]) {
                case PAIRED -> count == 0 || count == size;
                case REQUIRED -> count >= 1;
                case EXCLUSION -> count <= 1;
                case CONDITIONAL -> !anchor || count == size;
                case LIST -> !anchor || count >= 2;
                case FIRSTONLY -> !anchor || count == 1;
                case SINGLE -> count == 1;
            };
            if (!holds) {
                return false;
            }
        }
        return true;
    }

    private static int[][] positions(List<EDISyntaxRule> rules) {
        return rules.stream().map(r -> r.getPositions().stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    private static EDISyntaxRule.Type[] types(List<EDISyntaxRule> rules) {
        return rules.stream().map(EDISyntaxRule::getType).toArray(EDISyntaxRule.Type[]::new);
    }
}
