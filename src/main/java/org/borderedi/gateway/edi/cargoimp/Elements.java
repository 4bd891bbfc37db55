package org.borderedi.gateway.edi.cargoimp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a segment's elements by their 1-based index in a fixed layout: unset elements stay empty lists, so a
 * segment of a line identifier always has the same number of elements however many fields were written.
 */
final class Elements {

    private final List<List<String>> elements = new ArrayList<>();

    /** A fixed layout of this many elements, all empty. */
    Elements(int size) {
        for (int i = 0; i < size; i++) {
            elements.add(new ArrayList<>());
        }
    }

    /** The element at this index is this single value; null or "" leaves it empty. */
    Elements put(int index, String value) {
        List<String> element = at(index);
        element.clear();
        if (value != null && !value.isEmpty()) {
            element.add(value);
        }
        return this;
    }

    /** Adds a component to the element at this index (for names and addresses written over several lines). */
    Elements add(int index, String component) {
        at(index).add(component == null ? "" : component);
        return this;
    }

    /** The element at this index has these components; all of them empty leaves it empty. */
    Elements components(int index, List<String> components) {
        List<String> element = at(index);
        element.clear();
        if (components.stream().anyMatch(c -> c != null && !c.isEmpty())) {
            components.forEach(c -> element.add(c == null ? "" : c));
        }
        return this;
    }

    /** Appends an element after the last (for layouts whose length follows the data: FLT, RTG, generic lines). */
    Elements append(List<String> components) {
        elements.add(new ArrayList<>());
        return components(elements.size(), components);
    }

    boolean isEmpty(int index) {
        return at(index).isEmpty();
    }

    List<List<String>> list() {
        return elements.stream().map(List::copyOf).toList();
    }

    private List<String> at(int index) {
        while (elements.size() < index) {
            elements.add(new ArrayList<>());
        }
        return elements.get(index - 1);
    }

    /** The field at this index (from 0) of a list of fields, or "" when the line has fewer. */
    static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
