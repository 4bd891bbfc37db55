package org.borderedi.gateway.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.IOException;

/**
 * The StAEDI reader that checks the sets of one interchange one after another. StAEDI builds a validation tree each
 * time a reader is given a schema and sets up its lexer and envelope validator for each reader, which cost as much as
 * checking a small set; kept from set to set, a reader does that once per set type. A set after which the reader
 * cannot be trusted (StAEDI failed, or its envelope state moved) drops the reader, and the next set gets a fresh one,
 * so a set StAEDI cannot read still harms no other set.
 */
final class StructureReader implements AutoCloseable {

    static final int SETS_PER_READER = 1_000;

    private final EDIInputFactory factory;
    private final X12Delimiters delimiters;
    private EnvelopedSet stream;
    private EDIStreamReader reader;
    private int base;
    private int sets;

    StructureReader(EDIInputFactory factory, X12Delimiters delimiters) {
        this.factory = factory;
        this.delimiters = delimiters;
    }

    /** The reader, about to read this set (ST first). */
    EDIStreamReader begin(EnvelopedSet.Segments set) {
        if (reader == null) {
            stream = new EnvelopedSet(delimiters);
            stream.begin(set);
            base = stream.served();
            try {
                reader = factory.createEDIStreamReader(stream, "ISO-8859-1");
            } catch (EDIStreamException e) {
                throw new IllegalStateException(e);
            }
        } else {
            base = stream.served();
            stream.begin(set);
        }
        return reader;
    }

    /** How many segments StAEDI read before this set's ST: its segment positions count from the envelope's ISA. */
    int base() {
        return base;
    }

    /**
     * The set has been read; the reader is kept for the next set only when it ended cleanly at the set's SE, and for
     * at most {@link #SETS_PER_READER} sets, so that what StAEDI keeps per group (its counts) stays small.
     */
    void end(boolean clean) throws IOException {
        if (!clean || stream.starved() || ++sets >= SETS_PER_READER) {
            close();
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            try {
                reader.close();
            } finally {
                reader = null;
                stream = null;
                sets = 0;
            }
        }
    }
}
