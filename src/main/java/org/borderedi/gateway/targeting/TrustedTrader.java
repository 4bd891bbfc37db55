package org.borderedi.gateway.targeting;

import java.util.List;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Party;

/**
 * One row of the trusted-trader list: a member of a programme (C-TPAT, PIP, FAST, AEO), known by its membership id,
 * its name, or both.
 *
 * @param programme the programme, as the canonical model names the membership scheme ("C-TPAT", "PIP")
 * @param id        the membership id (for a carrier, may be its carrier code), or null
 * @param name      the member's name, normalised ({@link PartyName}), or null
 */
record TrustedTrader(String programme, String id, String name) {

    /** Whether the party is this member: a membership or identifier in the programme with the id, or the name. */
    boolean isParty(Party party) {
        if (id != null && (holds(party.memberships()) || holds(party.identifiers()))) {
            return true;
        }
        return name != null && party.name() != null && name.equals(PartyName.normalise(party.name().value()));
    }

    /** Whether a carrier code (the conveyance's SCAC or CBSA carrier code) is this member's id. */
    boolean isCarrierCode(Identifier carrier) {
        return id != null && carrier != null && carrier.value() != null && sameId(carrier.value());
    }

    private boolean holds(List<Identifier> ids) {
        return ids.stream().anyMatch(i -> i.scheme() != null && programme.equalsIgnoreCase(i.scheme())
                && i.value() != null && sameId(i.value()));
    }

    private boolean sameId(String value) {
        return id.equalsIgnoreCase(value.strip());
    }
}
