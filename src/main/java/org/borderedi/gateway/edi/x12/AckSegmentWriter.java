package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes acknowledgment segments with the received interchange's separators and counts them (for SE01). Values
 * come already made safe by {@link AckValues}; trailing empty elements are left out, as X12 requires.
 */
final class AckSegmentWriter {

    private final Writer out;
    private final X12Delimiters delimiters;
    private int count;

    AckSegmentWriter(Writer out, X12Delimiters delimiters) {
        this.out = out;
        this.delimiters = delimiters;
    }

    X12Delimiters delimiters() {
        return delimiters;
    }

    void segment(String tag, String... elements) throws IOException {
        int last = elements.length;
        while (last > 0 && (elements[last - 1] == null || elements[last - 1].isEmpty())) {
            last--;
        }
        StringBuilder text = new StringBuilder(tag);
        for (int i = 0; i < last; i++) {
            text.append(delimiters.element());
            if (elements[i] != null) {
                text.append(elements[i]);
            }
        }
        out.write(text.append(delimiters.segment()).toString());
        count++;
    }

    /** A composite of the gateway's own values, trailing empty components left out. */
    String composite(String... components) {
        int last = components.length;
        while (last > 0 && (components[last - 1] == null || components[last - 1].isEmpty())) {
            last--;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                text.append(delimiters.component());
            }
            if (components[i] != null) {
                text.append(components[i]);
            }
        }
        return text.toString();
    }

    /** Segments written since the last reset. */
    int count() {
        return count;
    }

    void resetCount() {
        count = 0;
    }
}
