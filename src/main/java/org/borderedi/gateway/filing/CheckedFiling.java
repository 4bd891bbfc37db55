package org.borderedi.gateway.filing;

import java.util.List;
import org.borderedi.gateway.edi.CollectedAcks;
import org.borderedi.gateway.edi.Detection;
import org.borderedi.gateway.edi.InterchangeHeader;
import org.borderedi.gateway.edi.InterchangeOutcome;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.translation.TranslatedMessage;

/**
 * A filing after the syntax layer and translation: what it is, each interchange's header and verdict, every message
 * translated or with the reason it was not, the syntax acknowledgments written, and what could not be read at all.
 *
 * @param unreadable why (parts of) the file could not be read as an interchange the gateway can answer
 */
public record CheckedFiling(ReceivedFiling received, Partner partner, Detection detection,
        List<InterchangeHeader> interchanges, List<InterchangeOutcome> interchangeOutcomes,
        List<TranslatedMessage> messages, List<CollectedAcks.Ack> syntaxAcks, List<String> unreadable) {

    public CheckedFiling {
        interchanges = List.copyOf(interchanges);
        interchangeOutcomes = List.copyOf(interchangeOutcomes);
        messages = List.copyOf(messages);
        syntaxAcks = List.copyOf(syntaxAcks);
        unreadable = List.copyOf(unreadable);
    }

    /**
     * This filing without its translated messages, once the business review has turned each into its verdict (with
     * the filing named): so that a large file's messages are not held twice until they are journaled.
     */
    public CheckedFiling withoutMessages() {
        return new CheckedFiling(received, partner, detection, interchanges, interchangeOutcomes, List.of(), syntaxAcks,
                unreadable);
    }

    /** The header of the interchange with this control number, or null (formats without interchanges). */
    public InterchangeHeader interchange(String controlNumber) {
        return interchanges.stream().filter(h -> h.controlNumber().equals(controlNumber)).findFirst().orElse(null);
    }
}
