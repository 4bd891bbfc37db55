package org.borderedi.gateway.targeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;

/**
 * Rule 3, the trusted-trader fast path: when no risk rule fired and the consignee or the carrier (the roles the rule
 * file names) is on the trusted-trader list, the assessment is complete at once, and surface shipments are released.
 * The carrier is the consignment's carrier party, or the conveyance's carrier code compared with the list's ids.
 */
final class TrustedTraders implements TargetingRule {

    private final RuleWording wording;
    private final List<PartyRole> roles;
    private final List<TrustedTrader> traders;

    TrustedTraders(RuleWording wording, List<PartyRole> roles, List<TrustedTrader> traders) {
        this.wording = wording;
        this.roles = List.copyOf(roles);
        this.traders = List.copyOf(traders);
    }

    @Override
    public String code() {
        return wording.code();
    }

    @Override
    public Optional<RuleHit> assess(Shipment shipment) {
        List<String> trusted = new ArrayList<>();
        for (PartyRole role : roles) {
            for (Party party : shipment.consignment().parties()) {
                if (party.role() == role) {
                    traders.stream().filter(t -> t.isParty(party)).findFirst()
                            .ifPresent(t -> trusted.add(words(role) + " " + nameOf(party) + " is a " + t.programme()
                                    + " member"));
                }
            }
            if (role == PartyRole.CARRIER && shipment.filing().conveyance() != null) {
                var carrier = shipment.filing().conveyance().carrier();
                traders.stream().filter(t -> t.isCarrierCode(carrier)).findFirst()
                        .ifPresent(t -> trusted.add("the carrier " + carrier.value() + " is a " + t.programme() + " member"));
            }
        }
        return trusted.isEmpty() ? Optional.empty() : wording.hit(shipment, String.join("; ", trusted));
    }

    private static String words(PartyRole role) {
        return "the " + role.name().toLowerCase(Locale.ROOT);
    }

    private static String nameOf(Party party) {
        return party.name() == null ? "(no name)" : party.name().value();
    }
}
