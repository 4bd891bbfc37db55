package org.borderedi.gateway.edi.cargoimp;

import java.io.IOException;
import java.io.InputStream;
import org.borderedi.gateway.edi.InterchangeValidator;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;

/**
 * Lets the syntax layer check Cargo-IMP files as it checks X12 and EDIFACT: Cargo-IMP has no envelope, sender or
 * acknowledgment of its own, so the profile changes nothing and each message is reported on its own.
 */
public final class CargoImpValidator implements InterchangeValidator {

    private final CargoImpReader reader = new CargoImpReader();

    @Override
    public void validate(InputStream interchanges, ValidationProfile profile, SyntaxEvents events) throws IOException {
        reader.read(interchanges, events);
    }
}
