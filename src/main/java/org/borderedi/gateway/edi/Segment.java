package org.borderedi.gateway.edi;

import java.util.List;

/**
 * One segment of a message as the syntax layer read it, handed on to translation: its tag, where it stands in the
 * message, and its elements split into components. Envelope delimiters and release characters are already gone.
 *
 * @param tag      the segment identifier ("M11", "NAD"), or the line identifier of a line-oriented message ("SHP")
 * @param position the segment's position in its message, from 1 at ST/UNH; for Cargo-IMP the line number in the file
 * @param elements the elements in order (element 1 first), each a list of its components (one for a simple element);
 *                 an element left empty is an empty list
 */
public record Segment(String tag, int position, List<List<String>> elements) {

    public Segment {
        elements = immutable(elements);
    }

    /**
     * The elements, immutable all through: an element list that already is (made by {@code List.of}) is kept, not
     * copied. Segments are made for every message translated, so this stays a plain loop.
     */
    private static List<List<String>> immutable(List<List<String>> elements) {
        List<String>[] copies = newArray(elements.size());
        for (int e = 0; e < copies.length; e++) {
            copies[e] = List.copyOf(elements.get(e));
        }
        return List.of(copies);
    }

    @SuppressWarnings("unchecked")
    private static List<String>[] newArray(int size) {
        return (List<String>[]) new List<?>[size];
    }

    /** The element at this position (from 1), whole (components joined by ':'), or "" when absent. */
    public String element(int element) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        return String.join(":", elements.get(element - 1));
    }

    /** The component (both from 1) of an element, or "" when absent. */
    public String component(int element, int component) {
        if (element < 1 || element > elements.size()) {
            return "";
        }
        List<String> components = elements.get(element - 1);
        return component < 1 || component > components.size() ? "" : components.get(component - 1);
    }
}
