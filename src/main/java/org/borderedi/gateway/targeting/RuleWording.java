package org.borderedi.gateway.targeting;

import java.util.Optional;

/**
 * What the rule file says of one rule: its code, its decisions by mode, and the sentence its decisions carry, in which
 * {@code {details}} stands for what this shipment showed (the missing items, the listed party, the seals).
 */
record RuleWording(String code, ModeDecisions decisions, String text) {

    static final String DETAILS = "{details}";

    /** The hit for this shipment, with the details put into the sentence. */
    Optional<RuleHit> hit(Shipment shipment, String details) {
        return Optional.of(new RuleHit(code, decisions.forMode(shipment.mode()), text.replace(DETAILS, details)));
    }
}
