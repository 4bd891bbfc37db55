package org.borderedi.gateway.edi.cargoimp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Hands out a file's lines one at a time, so that no file is ever held whole. Bytes become characters one to one
 * (ISO 8859-1): a byte outside ASCII stays visible, at its own column, for the character check.
 */
final class LineSource {

    /** Longer lines are cut here; Cargo-IMP lines have 69 characters, so this only guards memory. */
    static final int MAX_LINE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[MAX_LINE];
    private int number;
    private long offset;
    private boolean ended;

    LineSource(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    PhysicalLine next() throws IOException {
        if (ended) {
            return null;
        }
        long start = offset;
        int length = 0;
        int b;
        while ((b = in.read()) != -1) {
            offset++;
            if (b == '\n') {
                break;
            }
            if (length < MAX_LINE) {
                buffer[length++] = (byte) b;
            }
        }
        if (b == -1) {
            ended = true;
            if (offset == start) {
                return null;
            }
        }
        while (length > 0 && (buffer[length - 1] == '\r' || buffer[length - 1] == ' ')) {
            length--;
        }
        number++;
        return new PhysicalLine(number, start, new String(buffer, 0, length, StandardCharsets.ISO_8859_1));
    }
}
