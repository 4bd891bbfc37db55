package org.borderedi.gateway.edi;

import java.io.IOException;
import java.io.InputStream;

/** Checks every interchange in a stream of one syntax, reporting as it reads. */
public interface InterchangeValidator {

    /**
     * Reads to the end of the stream. Bad data produces findings, not exceptions; an exception means the stream
     * itself failed.
     */
    void validate(InputStream interchanges, ValidationProfile profile, SyntaxEvents events) throws IOException;
}
