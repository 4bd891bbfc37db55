package org.borderedi.gateway.edi;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * Where acknowledgment writers put what they write. An acknowledgment is written while the interchange is read (a
 * 997 grows with each set checked) and delivered only if committed: one for an interchange rejected as a whole is
 * closed without commit and vanishes.
 */
public interface AckOutput {

    /** Starts one acknowledgment interchange answering the interchange with this control number. */
    Draft start(AckKind kind, String acknowledgedInterchange) throws IOException;

    /** An acknowledgment being written. */
    interface Draft extends Closeable {

        Writer writer();

        /** Delivers what was written. */
        void commit() throws IOException;

        /** Closing without commit discards it. */
        @Override
        void close() throws IOException;
    }
}
