package org.borderedi.gateway.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import java.io.IOException;
import java.io.InputStream;
import org.borderedi.gateway.edi.InterchangeValidator;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * Checks every X12 interchange in a stream, set by set: the envelope (ISA/IEA, GS/GE, ST/SE) by the gateway's own
 * rules, the 309 and 358 sets against their StAEDI schemas. It reports through {@link SyntaxEvents} as each piece is
 * complete and keeps only the current interchange's control numbers, so memory does not grow with the file. One
 * instance can serve several threads: each call reads with state of its own and the schemas are shared read-only.
 */
public final class X12Validator implements InterchangeValidator {

    private final X12Schemas schemas;

    /** With the schemas of {@code mappings/x12/} in the working directory, or the copies in the jar. */
    public X12Validator() {
        this(X12Schemas.load());
    }

    /** With the schemas of these project folders. */
    public X12Validator(ProjectFolders folders) {
        this(X12Schemas.load(folders));
    }

    X12Validator(X12Schemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public void validate(InputStream interchanges, ValidationProfile profile, SyntaxEvents events) throws IOException {
        X12Input input = new X12Input(interchanges);
        EDIInputFactory staedi = EDIInputFactory.newFactory();
        while (true) {
            input.skipWhiteSpace();
            if (input.atEnd()) {
                return;
            }
            if (!input.atInterchangeHeader()) {
                long offset = input.offset();
                long skipped = input.skipToNextInterchange();
                events.unreadable(offset, skipped + " bytes that are not part of an X12 interchange (no ISA before them)");
                continue;
            }
            IsaSegment.Read read = IsaSegment.read(input);
            if (read instanceof IsaSegment.Unreadable unreadable) {
                input.skipToNextInterchange();
                events.unreadable(unreadable.offset(), unreadable.reason());
            } else if (read instanceof IsaSegment.Readable readable) {
                new InterchangeReading(input, profile, events, schemas, staedi).read(readable.isa());
            }
        }
    }
}
