package org.borderedi.gateway.targeting;

import java.util.Optional;

/** Rule 6, the last word: when no other rule had anything to say, the assessment is complete. */
final class NoRiskFound implements TargetingRule {

    private final RuleWording wording;

    NoRiskFound(RuleWording wording) {
        this.wording = wording;
    }

    @Override
    public String code() {
        return wording.code();
    }

    @Override
    public Optional<RuleHit> assess(Shipment shipment) {
        return wording.hit(shipment, "");
    }
}
