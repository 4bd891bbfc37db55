package org.borderedi.gateway.edi;

import java.time.Instant;
import java.util.Optional;

/**
 * The interchanges received before, by sender and control number, within the duplicate window (default 365 days):
 * an interchange seen again is a duplicate and goes no further.
 */
public interface InterchangeHistory {

    /** No memory at all: nothing is ever a duplicate (the validate command, without a partner). */
    InterchangeHistory NONE = (syntax, sender, controlNumber) -> Optional.empty();

    /**
     * Records that this sender's interchange with this control number arrives now, unless it arrived before within
     * the window: then nothing is recorded and the first arrival is returned.
     */
    Optional<Instant> firstArrival(Syntax syntax, Party sender, String controlNumber);
}
