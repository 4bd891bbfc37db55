package org.borderedi.gateway.targeting;

import java.util.Optional;

/** One rule of the reference engine: reads a shipment and says what it found, or nothing. Never throws on data. */
interface TargetingRule {

    /** The code its decisions carry as native code ("WATCH_LIST_PARTY"). */
    String code();

    Optional<RuleHit> assess(Shipment shipment);
}
