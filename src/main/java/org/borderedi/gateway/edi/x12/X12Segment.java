package org.borderedi.gateway.edi.x12;

import java.util.List;

/**
 * One segment as read, split into its tag and elements (repetitions and components are split where a rule needs
 * them).
 *
 * @param raw        the segment's text without its terminator, as handed on to structure validation
 * @param fields     the tag, then the elements in order
 * @param offset     the byte offset of the segment's first character in the stream
 * @param terminated false when the data ended (or the length limit was reached) before a segment terminator
 */
record X12Segment(String raw, List<String> fields, long offset, boolean terminated) {

    X12Segment {
        fields = List.copyOf(fields);
    }

    static X12Segment parse(String raw, char elementSeparator, long offset, boolean terminated) {
        return new X12Segment(raw, X12Text.split(raw, elementSeparator), offset, terminated);
    }

    String tag() {
        return fields.get(0);
    }

    /** The element at this position (from 1), or "" when the segment is shorter. */
    String element(int position) {
        return position < fields.size() ? fields.get(position) : "";
    }

    int elementCount() {
        return fields.size() - 1;
    }
}
