package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The ISA as read: its sixteen elements as written (padding kept) and the separators it declares. The ISA is fixed
 * width, so its separators can be read before anything else: the element separator is its 4th character, the
 * component separator is ISA16 and the segment terminator the character after ISA16.
 *
 * @param fields     "ISA", then ISA01..ISA16
 * @param fixedWidth whether every element has its fixed width (106 characters in all)
 */
record IsaSegment(List<String> fields, char element, char component, char terminator, boolean fixedWidth, long offset) {

    /** Element separator offsets of a fixed-width ISA. */
    private static final int[] SEPARATOR_AT = {3, 6, 17, 20, 31, 34, 50, 53, 69, 76, 81, 83, 89, 99, 101, 103};
    /** How far an ISA with wrong widths is searched for its sixteen separators. */
    private static final int MAX_LENGTH = 200;

    IsaSegment {
        fields = List.copyOf(fields);
    }

    /** ISA01..ISA16 as written. */
    String field(int position) {
        return fields.get(position);
    }

    /** The outcome of reading an ISA: the segment, or why it cannot be read. */
    sealed interface Read permits Readable, Unreadable {
    }

    record Readable(IsaSegment isa) implements Read {
    }

    record Unreadable(long offset, String reason) implements Read {
    }

    /** Reads the ISA the input is positioned at (it starts with "ISA" and a separator) and consumes it. */
    static Read read(X12Input in) throws IOException {
        long offset = in.offset();
        char separator = (char) in.peek(3);
        int[] at = new int[16];
        int found = 0;
        int i = 3;
        int c = 0;
        while (found < 16 && i < MAX_LENGTH && (c = in.peek(i)) >= 0 && (c == separator || c != '\r' && c != '\n')) {
            if (c == separator) {
                at[found++] = i;
            }
            i++;
        }
        if (found < 16) {
            in.skip(3);
            String where = c < 0 ? "the data ends" : c == '\r' || c == '\n' ? "the line ends" : "no separator follows";
            return new Unreadable(offset, "the ISA segment breaks off after " + found + " of its 16 elements ("
                    + where + "; element separator " + X12Delimiters.show(separator) + ")");
        }
        int component = in.peek(at[15] + 1);
        int terminator = in.peek(at[15] + 2);
        if (component < 0 || terminator < 0) {
            in.skip(3);
            return new Unreadable(offset, "the data ends inside the ISA segment, before its segment terminator");
        }
        List<String> fields = new ArrayList<>(17);
        fields.add("ISA");
        for (int k = 0; k < 15; k++) {
            fields.add(text(in, at[k] + 1, at[k + 1]));
        }
        fields.add(String.valueOf((char) component));
        boolean fixedWidth = at[15] == 103;
        for (int k = 0; k < 16 && fixedWidth; k++) {
            fixedWidth = at[k] == SEPARATOR_AT[k];
        }
        String controlNumber = fields.get(13).strip();
        if (!X12Text.isDigits(controlNumber) || controlNumber.length() > 9) {
            in.skip(3);
            return new Unreadable(offset, "the ISA's control number (ISA13) " + X12Text.quote(fields.get(13))
                    + " is not a number, so no acknowledgment can refer to it");
        }
        if (fields.get(6).isBlank()) {
            in.skip(3);
            return new Unreadable(offset, "the ISA names no sender (ISA06 is blank), so no acknowledgment can be addressed");
        }
        in.skip(at[15] + 3);
        return new Readable(new IsaSegment(fields, separator, (char) component, (char) terminator, fixedWidth, offset));
    }

    private static String text(X12Input in, int from, int to) throws IOException {
        StringBuilder text = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            text.append((char) in.peek(i));
        }
        return text.toString();
    }
}
