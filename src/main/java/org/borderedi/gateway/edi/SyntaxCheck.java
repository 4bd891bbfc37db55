package org.borderedi.gateway.edi;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The syntax layer's front door: tells what a file is from its first bytes and has the validator of that syntax
 * check it, reporting through the events. Syntaxes without a validator (yet) are only detected; an unrecognised
 * format is reported as unreadable, with what it looks like.
 */
public final class SyntaxCheck {

    private final Map<Syntax, InterchangeValidator> validators;

    public SyntaxCheck(Map<Syntax, InterchangeValidator> validators) {
        this.validators = Map.copyOf(validators);
    }

    public Detection check(InputStream file, ValidationProfile profile, SyntaxEvents events) throws IOException {
        BufferedInputStream buffered = file instanceof BufferedInputStream already ? already
                : new BufferedInputStream(file, 64 * 1024);
        Detection detection = FormatDetector.detect(buffered);
        if (detection.syntax() == Syntax.UNRECOGNISED) {
            events.unreadable(0, detection.description());
            return detection;
        }
        InterchangeValidator validator = validators.get(detection.syntax());
        if (validator != null) {
            validator.validate(buffered, profile, events);
        }
        return detection;
    }

    /** Whether files of this syntax are checked, or only detected. */
    public boolean checks(Syntax syntax) {
        return validators.containsKey(syntax);
    }
}
