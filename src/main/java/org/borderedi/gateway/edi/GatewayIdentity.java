package org.borderedi.gateway.edi;

import java.util.List;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;

/**
 * Who the gateway is in envelopes ({@code gateway.identity.*}): an interchange must be addressed to one of these, and
 * acknowledgments are sent from the one the interchange was addressed to.
 */
public record GatewayIdentity(List<X12Identity> x12, List<EdifactIdentity> edifact) {

    public GatewayIdentity {
        x12 = List.copyOf(x12);
        edifact = List.copyOf(edifact);
    }

    public boolean isX12Receiver(Party receiver) {
        return x12.stream().anyMatch(id -> id.qualifier().equals(receiver.qualifier()) && id.id().equals(receiver.id()));
    }

    /** An EDIFACT recipient matches on the id, and on the qualifier when both sides give one. */
    public boolean isEdifactRecipient(Party recipient) {
        return edifact.stream().anyMatch(id -> id.id().equals(recipient.id())
                && (id.qualifier() == null || recipient.qualifier() == null || id.qualifier().equals(recipient.qualifier())));
    }
}
