package org.borderedi.gateway.edi.x12;

import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;

/**
 * What reading one interchange needs throughout: the profile, the listeners, the schemas, the separators and the
 * StAEDI reader its sets are checked with.
 */
record ReadingContext(ValidationProfile profile, SyntaxEvents events, X12Schemas schemas, StructureReader structure,
        String interchange, X12Delimiters delimiters) {
}
