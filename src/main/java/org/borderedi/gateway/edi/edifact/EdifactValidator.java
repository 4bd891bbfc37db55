package org.borderedi.gateway.edi.edifact;

import io.xlate.edi.stream.EDIInputFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.edi.InterchangeValidator;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.runtime.ProjectFolders;

/**
 * Checks UN/EDIFACT interchanges as they stream past: their service string advice, envelope (UNB/UNZ, UNG/UNE,
 * UNH/UNT), sender, recipient and duplicates, the character repertoire of their syntax level, and the structure of
 * CUSCAR messages in directories D95B, D96A and D03B, reporting each message, group and interchange as soon as it is
 * checked. It holds the current interchange's references, never its messages; its schemas are read once, and one
 * instance may validate several streams one after another.
 */
public final class EdifactValidator implements InterchangeValidator {

    private final EdifactSchemas schemas;
    private final EDIInputFactory factory;

    /** With the schemas under {@code mappings/edifact/} of the working directory (or the jar). */
    public EdifactValidator() {
        this(ProjectFolders.ofWorkingDirectory());
    }

    public EdifactValidator(ProjectFolders folders) {
        this(new EdifactSchemas(folders));
    }

    EdifactValidator(EdifactSchemas schemas) {
        this.schemas = schemas;
        this.factory = EDIInputFactory.newFactory();
        // the gateway's own service schemas replace StAEDI's built-in ones (see mappings/edifact/service-v3.xml)
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, false);
    }

    @Override
    public void validate(InputStream interchanges, ValidationProfile profile, SyntaxEvents events) throws IOException {
        InterchangeScanner scanner = new InterchangeScanner(new ByteSource(interchanges));
        for (Optional<InterchangeStart> next = scanner.next(events); next.isPresent(); next = scanner.next(events)) {
            InterchangeStart start = next.get();
            events.interchangeStarted(start.header());
            InterchangeBody body = scanner.body(start, start.header().delimiters());
            List<Finding> stopped = HeaderChecks.gate(start, profile);
            if (stopped.isEmpty()) {
                new InterchangeReading(start, body, profile, schemas, events, HeaderChecks.values(start)).read(factory);
            } else {
                // it goes no further: read through it to the next interchange, reporting none of its messages
                body.drain();
                events.interchangeEnded(new InterchangeOutcome(start.header(), Verdict.REJECTED, body.groupHeaders(),
                        body.messageHeaders(), 0, new ArrayList<>(stopped)));
            }
        }
    }
}
