package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an X12 stream one segment at a time, counting byte offsets. Bytes are taken as ISO-8859-1 characters, so
 * every byte survives as one character. It holds one buffer and the current segment, never more: a segment longer
 * than {@link #MAX_SEGMENT_LENGTH} is cut there (a file whose terminator is not the one its ISA declares would
 * otherwise be read whole into memory).
 */
final class X12Input {

    /** Far above any segment of the supported sets; only a wrong terminator produces more. */
    static final int MAX_SEGMENT_LENGTH = 100_000;

    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    /** Stream offset of buffer[0]. */
    private long base;
    private boolean eof;
    /** The byte before the current position, for telling an ISA at a segment start from one inside data. */
    private int previous = -1;

    X12Input(InputStream in) {
        this.in = in;
    }

    long offset() {
        return base + position;
    }

    /** The character this many places ahead, or -1 past the end of the data. */
    int peek(int ahead) throws IOException {
        while (limit - position <= ahead && !eof) {
            fill(ahead + 1);
        }
        return limit - position > ahead ? buffer[position + ahead] & 0xFF : -1;
    }

    int read() throws IOException {
        int c = peek(0);
        if (c >= 0) {
            position++;
            previous = c;
        }
        return c;
    }

    void skip(int count) throws IOException {
        for (int i = 0; i < count && read() >= 0; i++) {
            // consumed
        }
    }

    boolean atEnd() throws IOException {
        return peek(0) < 0;
    }

    /** Skips line breaks between segments: the tolerated CR/LF after a terminator. */
    void skipLineBreaks() throws IOException {
        int c = peek(0);
        while (c == '\r' || c == '\n') {
            read();
            c = peek(0);
        }
    }

    /** Skips white space and a UTF-8 byte order mark before an interchange. */
    void skipWhiteSpace() throws IOException {
        if (offset() == 0 && peek(0) == 0xEF && peek(1) == 0xBB && peek(2) == 0xBF) {
            skip(3);
        }
        int c = peek(0);
        while (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == 0x0B || c == 0x1A || c == 0) {
            read();
            c = peek(0);
        }
    }

    /** Whether an interchange header starts here: "ISA" and a possible element separator. */
    boolean atInterchangeHeader() throws IOException {
        return peek(0) == 'I' && peek(1) == 'S' && peek(2) == 'A' && peek(3) >= 0
                && X12Delimiters.usable((char) peek(3));
    }

    /**
     * Skips to the next interchange header that starts a segment (not one inside data such as "LISA*"), or to the end.
     *
     * @return the number of bytes skipped
     */
    long skipToNextInterchange() throws IOException {
        long start = offset();
        while (!atEnd()) {
            boolean segmentStart = previous < 0 || !Character.isLetterOrDigit(previous);
            if (segmentStart && atInterchangeHeader()) {
                break;
            }
            read();
        }
        return offset() - start;
    }

    /**
     * Reads the next segment with these separators, after any line breaks.
     *
     * @return the segment, or null at the end of the data
     */
    X12Segment readSegment(X12Delimiters delimiters) throws IOException {
        skipLineBreaks();
        if (atEnd()) {
            return null;
        }
        long start = offset();
        StringBuilder text = new StringBuilder(80);
        boolean terminated = false;
        int c;
        while ((c = read()) >= 0) {
            if (c == delimiters.segment()) {
                terminated = true;
                break;
            }
            text.append((char) c);
            if (text.length() >= MAX_SEGMENT_LENGTH) {
                break;
            }
        }
        int end = text.length();
        if (delimiters.segment() == '\n' && end > 0 && text.charAt(end - 1) == '\r') {
            text.setLength(end - 1); // CR LF where LF is the terminator
        }
        return X12Segment.parse(text.toString(), delimiters.element(), start, terminated);
    }

    private void fill(int needed) throws IOException {
        if (position > 0 && limit - position < needed) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            base += position;
            limit -= position;
            position = 0;
        }
        if (needed > buffer.length) {
            byte[] larger = new byte[Math.max(needed, buffer.length * 2)];
            System.arraycopy(buffer, 0, larger, 0, limit);
            buffer = larger;
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            eof = true;
        } else {
            limit += read;
        }
    }
}
