package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderedi.gateway.edi.Delimiters;

/**
 * Reads a message ahead, from just after its UNH tag to its UNT, and puts the data back for StAEDI: the segments for
 * the quick proof (see {@code CompiledSchema}). Only plain messages are read ahead: one with a release character, a
 * service segment before its UNT, or more than {@link #LIMIT_CHARS} characters is left to StAEDI alone, and so
 * memory stays bounded.
 */
final class MessageLookahead {

    /** Messages larger than this are checked by StAEDI as they are read rather than wait in memory for the proof. */
    static final int LIMIT_CHARS = 1 << 20;

    private static final Set<String> SERVICE = Set.of("UNA", "UNB", "UNG", "UNH", "UNE", "UNZ");

    private MessageLookahead() {
    }

    /** The message's segments after its UNH, each as its tag and elements; null when the message is not plain. */
    static List<List<String>> read(ByteSource source, TextDecoder decoder, Delimiters delimiters) throws IOException {
        source.mark();
        try {
            return segments(source, decoder, delimiters);
        } finally {
            source.reset();
        }
    }

    private static List<List<String>> segments(ByteSource source, TextDecoder decoder, Delimiters delimiters)
            throws IOException {
        int release = delimiters.release() == null ? -1 : delimiters.release();
        List<List<String>> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean header = true;
        int read = 0;
        while (true) {
            int c = decoder.next(source);
            if (c < 0 || c == release || ++read > LIMIT_CHARS) {
                return null;
            }
            if (c != delimiters.segment()) {
                if (text.length() > 0 || !(c == '\r' || c == '\n')) {
                    text.appendCodePoint(c);
                }
                continue;
            }
            if (header) {
                header = false; // the rest of the UNH: StAEDI's control schema checks it
            } else {
                List<String> fields = split(text, delimiters.element());
                String tag = fields.get(0);
                if (tag.equals("UNT")) {
                    return segments;
                }
                if (SERVICE.contains(tag)) {
                    return null;
                }
                segments.add(fields);
            }
            text.setLength(0);
        }
    }

    private static List<String> split(CharSequence text, char separator) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == separator) {
                fields.add(text.subSequence(start, i).toString());
                start = i + 1;
            }
        }
        fields.add(text.subSequence(start, text.length()).toString());
        return fields;
    }
}
