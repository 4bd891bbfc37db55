package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.borderedi.gateway.edi.Delimiters;

/**
 * Reads a message ahead, from just after its UNH tag to the end of its UNT, and puts the data back: the UNH, the
 * segments and the UNT for the quick proof (see {@code CompiledSchema}), and where the UNT starts and ends, so that a
 * message the proof clears can be passed over. Only plain messages are read ahead: one with a release character, a service segment before its UNT,
 * or more than {@link #LIMIT_CHARS} characters is left to StAEDI alone, and so memory stays bounded.
 */
final class MessageLookahead {

    /** Messages larger than this are checked by StAEDI as they are read rather than wait in memory for the proof. */
    static final int LIMIT_CHARS = 1 << 20;

    private static final Set<String> SERVICE = Set.of("UNA", "UNB", "UNG", "UNH", "UNE", "UNZ");

    /**
     * A message read ahead.
     *
     * @param header    the UNH: its tag, then its elements as written
     * @param segments  the segments between UNH and UNT, each its tag then its elements as written
     * @param trailer   the UNT: its tag, then its elements as written
     * @param untOffset the offset in the data of the UNT's first byte
     * @param endOffset the offset in the data just after the UNT's terminator
     */
    record Message(List<String> header, List<List<String>> segments, List<String> trailer, long untOffset,
                   long endOffset) {
    }

    private MessageLookahead() {
    }

    /** The message whose UNH tag was just read; null when it is not plain. The data is left where it was. */
    static Message read(ByteSource source, TextDecoder decoder, Delimiters delimiters) throws IOException {
        source.mark();
        try {
            return message(source, decoder, delimiters);
        } finally {
            source.reset();
        }
    }

    private static Message message(ByteSource source, TextDecoder decoder, Delimiters delimiters) throws IOException {
        int release = delimiters.release() == null ? -1 : delimiters.release();
        List<String> header = null;
        List<List<String>> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder("UNH");
        long segmentStart = -1;
        int read = 0;
        while (true) {
            long offset = source.offset();
            int c = decoder.next(source);
            if (c < 0 || c == release || ++read > LIMIT_CHARS) {
                return null;
            }
            if (c != delimiters.segment()) {
                if (text.length() == 0 && (c == '\r' || c == '\n')) {
                    continue; // line breaks between segments
                }
                if (text.length() == 0) {
                    segmentStart = offset;
                }
                text.appendCodePoint(c);
                continue;
            }
            List<String> fields = split(text, delimiters.element());
            text.setLength(0);
            String tag = fields.get(0);
            if (header == null) {
                header = fields;
            } else if (tag.equals("UNT")) {
                return new Message(header, segments, fields, segmentStart, source.offset());
            } else if (SERVICE.contains(tag)) {
                return null;
            } else {
                segments.add(fields);
            }
        }
    }

    /** About how many characters the segments hold (their values, without separators). */
    static int chars(List<List<String>> segments) {
        int chars = 0;
        for (List<String> fields : segments) {
            for (String field : fields) {
                chars += field.length() + 1;
            }
        }
        return chars;
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
