package org.borderedi.gateway.edi.edifact;

import java.io.IOException;
import java.nio.charset.Charset;

/**
 * Reads one character at a time from the bytes of an interchange, in the encoding of its syntax level; a byte that
 * is no character becomes U+FFFD (reported as an invalid character, never an exception), and a broken UTF-8
 * sequence never swallows the separator that follows it.
 */
interface TextDecoder {

    /** What a byte that is no character of the level decodes to. */
    int UNDECODABLE = 0xFFFD;

    /** The next character (a code point), or -1 at the end of the data. */
    int next(ByteSource in) throws IOException;

    static TextDecoder singleByte(Charset charset) {
        char[] table = SyntaxLevel.singleByteTable(charset);
        return in -> {
            int b = in.read();
            return b < 0 ? -1 : table[b];
        };
    }

    /** UTF-8 (levels W and Y), decoded by hand so that only well-formed continuation bytes are consumed. */
    final class Utf8 implements TextDecoder {
        @Override
        public int next(ByteSource in) throws IOException {
            int lead = in.read();
            if (lead < 0x80) {
                return lead;
            }
            int length;
            int codePoint;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 1;
                codePoint = lead & 0x1F;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 2;
                codePoint = lead & 0x0F;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 3;
                codePoint = lead & 0x07;
            } else {
                return UNDECODABLE;
            }
            for (int i = 0; i < length; i++) {
                int next = in.peek(0);
                if (next < 0 || (next & 0xC0) != 0x80) {
                    return UNDECODABLE;
                }
                in.read();
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            boolean overlong = (length == 2 && codePoint < 0x800) || (length == 3 && codePoint < 0x10000);
            return overlong || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF) ? UNDECODABLE : codePoint;
        }
    }
}
