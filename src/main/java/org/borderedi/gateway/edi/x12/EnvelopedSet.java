package org.borderedi.gateway.edi.x12;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Transaction sets wrapped in an envelope of the gateway's own, as a stream for StAEDI: StAEDI checks the sets
 * against their schema while the gateway checks the partner's real envelope itself. A broken ISA, GS or IEA therefore
 * never stops the structure check. Segments are pulled one at a time from the interchange as StAEDI reads, so a set
 * is never held whole in memory. Either one set and the envelope's trailer, or (for a reader kept from set to set)
 * one set after another with no trailer: StAEDI ends a set's SE without reading further, so the next set is handed
 * in only when the reader asks for it.
 */
final class EnvelopedSet extends InputStream {

    /** The set's segments, ST first. */
    interface Segments {
        /** The next segment's text (without terminator), or null after SE or where the set breaks off. */
        String next() throws IOException;

        /** An SE closing a set whose own trailer is missing, or null when the set had one. */
        String closingTrailer();
    }

    private static final int SET = 0;
    private static final int CLOSING = 1;
    private static final int BETWEEN_SETS = 2;
    private static final int DONE = 3;

    private final X12Delimiters delimiters;
    private final boolean trailerAfterSet;
    private Segments segments;
    private byte[] current;
    private int index;
    private int stage;
    /** Segments handed to StAEDI so far, the envelope's ISA and GS included: StAEDI counts positions the same way. */
    private int served = 2;
    private boolean starved;

    /** One set, then the trailer. */
    EnvelopedSet(X12Delimiters delimiters, Segments segments) {
        this.delimiters = delimiters;
        this.segments = segments;
        this.trailerAfterSet = true;
        this.current = bytes(header(delimiters));
    }

    /** Sets handed in one after another with {@link #begin}; no trailer. */
    EnvelopedSet(X12Delimiters delimiters) {
        this.delimiters = delimiters;
        this.trailerAfterSet = false;
        this.current = bytes(header(delimiters));
        this.stage = BETWEEN_SETS;
    }

    /** Hands the next set in, once StAEDI has read the previous one to its SE. */
    void begin(Segments set) {
        this.segments = set;
        this.stage = SET;
    }

    int served() {
        return served;
    }

    /** Whether StAEDI asked for more than the sets handed in (it then saw the end of the stream and is done). */
    boolean starved() {
        return starved;
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
                case SET -> {
                    String next = segments.next();
                    if (next != null) {
                        served++;
                        current = bytes(next + delimiters.segment());
                    } else {
                        stage = CLOSING;
                        current = new byte[0];
                    }
                }
                case CLOSING -> {
                    String trailer = segments.closingTrailer();
                    String closing = trailer == null ? "" : trailer + delimiters.segment();
                    served += trailer == null ? 0 : 1;
                    current = bytes(trailerAfterSet ? closing + trailer(delimiters) : closing);
                    stage = trailerAfterSet ? DONE : BETWEEN_SETS;
                }
                case BETWEEN_SETS -> {
                    starved = !trailerAfterSet;
                    return false;
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
