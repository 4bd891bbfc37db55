package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * One transaction set wrapped in an envelope of the gateway's own, as a stream for StAEDI: StAEDI checks the set
 * against its schema while the gateway checks the partner's real envelope itself. A broken ISA, GS or IEA therefore
 * never stops the structure check, and a set that StAEDI cannot read harms no other set. Segments are pulled one at a
 * time from the interchange as StAEDI reads, so a set is never held whole in memory.
 */
final class EnvelopedSet extends InputStream {

    /** The set's segments, ST first. */
    interface Segments {
        /** The next segment's text (without terminator), or null after SE or where the set breaks off. */
        String next() throws IOException;

        /** An SE closing a set whose own trailer is missing, or null when the set had one. */
        String closingTrailer();
    }

    private final X12Delimiters delimiters;
    private final Segments segments;
    private byte[] current;
    private int index;
    private int stage;

    EnvelopedSet(X12Delimiters delimiters, Segments segments) {
        this.delimiters = delimiters;
        this.segments = segments;
        this.current = bytes(header(delimiters));
    }

    @Override
    public int read() throws IOException {
        if (!ensure()) {
            return -1;
        }
        return current[index++] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!ensure()) {
            return -1;
        }
        int count = Math.min(length, current.length - index);
        System.arraycopy(current, index, target, offset, count);
        index += count;
        return count;
    }

    private boolean ensure() throws IOException {
        while (index >= current.length) {
            index = 0;
            switch (stage) {
                case 0 -> {
                    String next = segments.next();
                    if (next != null) {
                        current = bytes(next + delimiters.segment());
                    } else {
                        stage = 1;
                        current = new byte[0];
                    }
                }
                case 1 -> {
                    String trailer = segments.closingTrailer();
                    current = bytes(trailer == null ? trailer(delimiters) : trailer + delimiters.segment() + trailer(delimiters));
                    stage = 2;
                }
                default -> {
                    return false;
                }
            }
        }
        return true;
    }

    private static String header(X12Delimiters d) {
        char e = d.element();
        boolean repetition = d.repetition() != null;
        String isa = "ISA" + e + "00" + e + "          " + e + "00" + e + "          " + e + "ZZ" + e + "BORDEREDI      " + e
                + "ZZ" + e + "BORDEREDI      " + e + "000101" + e + "0000" + e + (repetition ? d.repetition() : 'U') + e
                + (repetition ? "00501" : "00401") + e + "000000001" + e + "0" + e + "P" + e + d.component() + d.segment();
        return isa + "GS" + e + "SO" + e + "BORDEREDI" + e + "BORDEREDI" + e + "20000101" + e + "0000" + e + "1" + e + "X" + e
                + "004010" + d.segment();
    }

    private static String trailer(X12Delimiters d) {
        return "GE" + d.element() + "1" + d.element() + "1" + d.segment() + "IEA" + d.element() + "1" + d.element() + "000000001"
                + d.segment();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
