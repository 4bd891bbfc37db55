package org.borderedi.gateway.edi.x12;

import io.xlate.edi.stream.EDIInputFactory;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;

/** What reading one interchange needs throughout: the profile, the listeners, the schemas and the separators. */
record ReadingContext(ValidationProfile profile, SyntaxEvents events, X12Schemas schemas, EDIInputFactory staedi,
        String interchange, X12Delimiters delimiters) {
}
