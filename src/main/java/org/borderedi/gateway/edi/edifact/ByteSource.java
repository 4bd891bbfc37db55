package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of the file being validated, with their offsets: a small window that can look ahead and go back to a
 * mark (the start of a header or segment), so that memory stays flat however long the file.
 */
final class ByteSource {

    private final InputStream in;
    private byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    private long bufferStart;
    private int mark = -1;

    ByteSource(InputStream in) {
        this.in = in;
    }

    /** The next byte, or -1 at the end. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xFF;
    }

    /** The byte {@code ahead} bytes after the next one, without consuming anything, or -1 past the end. */
    int peek(int ahead) throws IOException {
        while (position + ahead >= limit) {
            if (!fill()) {
                return -1;
            }
        }
        return buffer[position + ahead] & 0xFF;
    }

    boolean startsWith(String ascii) throws IOException {
        for (int i = 0; i < ascii.length(); i++) {
            if (peek(i) != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The offset in the file of the next byte. */
    long offset() {
        return bufferStart + position;
    }

    void mark() {
        mark = position;
    }

    void reset() {
        position = mark;
        mark = -1;
    }

    void unmark() {
        mark = -1;
    }

    private boolean fill() throws IOException {
        int keep = mark >= 0 ? mark : position;
        if (keep > 0) {
            System.arraycopy(buffer, keep, buffer, 0, limit - keep);
            bufferStart += keep;
            limit -= keep;
            position -= keep;
            if (mark >= 0) {
                mark = 0;
            }
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read;
        do {
            read = in.read(buffer, limit, buffer.length - limit);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }
}
