package org.borderedi.gateway.targeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;

/**
 * Rule 2, the watch list: a shipment whose shipper or consignee (the roles the rule file names) bears a listed name,
 * compared as {@link PartyName} normalises it, gets a do-not-load (air) or a hold (sea, road, rail).
 */
final class WatchList implements TargetingRule {

    private final RuleWording wording;
    private final List<PartyRole> roles;
    private final Map<String, String> listed;

    /** @param listed the listed names, normalised, each with the reason it is listed */
    WatchList(RuleWording wording, List<PartyRole> roles, Map<String, String> listed) {
        this.wording = wording;
        this.roles = List.copyOf(roles);
        this.listed = Map.copyOf(listed);
    }

    @Override
    public String code() {
        return wording.code();
    }

    @Override
    public Optional<RuleHit> assess(Shipment shipment) {
        List<String> matches = new ArrayList<>();
        for (PartyRole role : roles) {
            for (Party party : shipment.consignment().parties()) {
                if (party.role() == role && party.name() != null
                        && listed.containsKey(PartyName.normalise(party.name().value()))) {
                    matches.add("the " + role.name().toLowerCase(Locale.ROOT) + " " + party.name().value()
                            + " is on the watch list");
                }
            }
        }
        return matches.isEmpty() ? Optional.empty() : wording.hit(shipment, String.join("; ", matches));
    }

    int size() {
        return listed.size();
    }
}
