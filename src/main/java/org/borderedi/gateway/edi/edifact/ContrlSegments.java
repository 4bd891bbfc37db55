package org.borderedi.gateway.edi.edifact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.borderedi.gateway.edi.Delimiters;
import org.borderedi.gateway.edi.GroupHeader;
import org.borderedi.gateway.edi.MessageOutcome;

/**
 * Writes CONTRL segments with the separators of the interchange they answer: values are escaped with its release
 * character, empty trailing elements and components are left out, and a value that cannot be written safely is
 * refused rather than written as a broken segment.
 */
final class ContrlSegments {

    private final Delimiters delimiters;

    ContrlSegments(Delimiters delimiters) {
        this.delimiters = delimiters;
    }

    /** The UNA announcing these separators. */
    String serviceStringAdvice() {
        Character release = delimiters.release();
        Character repetition = delimiters.repetition();
        return "UNA" + delimiters.component() + delimiters.element() + delimiters.decimal() + (release == null ? ' ' : release)
                + (repetition == null ? ' ' : repetition) + delimiters.segment();
    }

    /** One segment: its tag and its data elements, each given as its components (null for an empty one). */
    String segment(String tag, String[]... elements) {
        List<String[]> kept = new ArrayList<>(Arrays.asList(elements));
        while (!kept.isEmpty() && isEmpty(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder text = new StringBuilder(tag);
        for (String[] components : kept) {
            text.append(delimiters.element());
            int last = components.length - 1;
            while (last > 0 && (components[last] == null || components[last].isEmpty())) {
                last--;
            }
            for (int i = 0; i <= last; i++) {
                if (i > 0) {
                    text.append(delimiters.component());
                }
                text.append(escape(components[i]));
            }
        }
        return text.append(delimiters.segment()).toString();
    }

    /** A simple data element, or one component. */
    static String[] e(String... components) {
        return components;
    }

    String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        Character release = delimiters.release();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isSeparator(c)) {
                if (release == null) {
                    throw new IllegalArgumentException("'" + value + "' holds the separator '" + c
                            + "' and the interchange has no release character to escape it with");
                }
                escaped.append(release);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Whether a CONTRL can name this message: UCM copies its reference and S009, which must be there and fit. */
    static boolean canName(MessageOutcome message, int syntaxVersion) {
        String[] s009 = message.version() == null ? new String[0] : message.version().split(":", -1);
        return fits(message.controlNumber(), 14) && fits(message.type(), 6) && s009.length >= 3 && fits(s009[0], 3)
                && fits(s009[1], 3) && fits(s009[2], syntaxVersion >= 4 ? 3 : 2);
    }

    /** Whether a CONTRL can name this group: UCF copies its reference. */
    static boolean canName(GroupHeader group) {
        return fits(group.controlNumber(), 14);
    }

    static boolean fits(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength;
    }

    /** Whether separators in data can be released (the interchange has a release character). */
    boolean canRelease() {
        return delimiters.release() != null;
    }

    boolean isSeparator(int c) {
        return c == delimiters.segment() || c == delimiters.element() || c == delimiters.component()
                || (delimiters.release() != null && c == delimiters.release())
                || (delimiters.repetition() != null && c == delimiters.repetition());
    }

    private static boolean isEmpty(String[] components) {
        return Arrays.stream(components).allMatch(c -> c == null || c.isEmpty());
    }
}
