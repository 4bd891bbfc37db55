package org.borderedi.gateway.translation;

import org.borderedi.gateway.edi.MessageOutcome;
import org.borderedi.gateway.model.Filing;

/**
 * One message of a file after translation: what the syntax layer said about it and, when it was accepted and a mapping
 * exists for its type, the filing it maps to.
 *
 * @param filing  the canonical filing, or null when the message was rejected, has no mapping, or could not be mapped
 * @param problem why there is no filing, in a sentence; null when there is one
 */
public record TranslatedMessage(MessageOutcome outcome, Filing filing, String problem) {

    public boolean translated() {
        return filing != null;
    }
}
