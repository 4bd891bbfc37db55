package org.borderedi.gateway.edi;

import java.util.Optional;
import org.borderedi.gateway.partners.AckPreferences;
import org.borderedi.gateway.partners.CodeListMode;
import org.borderedi.gateway.partners.Partner;

/**
 * What an interchange is checked against: the standard always; with a partner, also that the envelope's sender is
 * one of the partner's identities and the receiver is the gateway, with the partner's code-list setting and
 * acknowledgment preferences; with a history, that the interchange is not a duplicate.
 */
public record ValidationProfile(Optional<Partner> partner, GatewayIdentity us, CodeListMode codeLists,
        AckPreferences acknowledgments, InterchangeHistory history) {

    /** The standard only: no identities, strict code lists, default acknowledgments, no duplicate check. */
    public static ValidationProfile standardOnly(GatewayIdentity us) {
        return new ValidationProfile(Optional.empty(), us, CodeListMode.STRICT, AckPreferences.DEFAULTS, InterchangeHistory.NONE);
    }

    /** Everything the partner's registry entry says, and duplicates checked against the history. */
    public static ValidationProfile forPartner(Partner partner, GatewayIdentity us, InterchangeHistory history) {
        return new ValidationProfile(Optional.of(partner), us, partner.codeLists(), partner.acknowledgments(), history);
    }
}
