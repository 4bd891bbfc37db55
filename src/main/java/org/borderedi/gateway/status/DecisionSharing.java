package org.borderedi.gateway.status;

import java.util.Set;
import org.apache.camel.ExchangeProperty;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;

/**
 * "Cleared once, accepted twice": which decisions of one agency are passed on to a second agency's queue
 * ({@code gateway.sharing.*}), so that the land-border agency can accept cargo released or examined at the perimeter.
 * The second agency's own decisions still govern; sharing only informs it. A duplicate decision is not shared again.
 *
 * @param queue    the second agency's queue; empty switches sharing off
 * @param kinds    the decisions shared (RELEASE, EXAMINATION_RESULT)
 * @param agencies the agencies whose decisions are shared; empty means any
 */
public record DecisionSharing(String queue, Set<DecisionKind> kinds, Set<String> agencies) {

    public DecisionSharing {
        kinds = Set.copyOf(kinds);
        agencies = Set.copyOf(agencies);
    }

    public boolean enabled() {
        return queue != null && !queue.isBlank();
    }

    /** Whether this decision, unless a duplicate, goes to the second agency. */
    public boolean shares(@ExchangeProperty("decision") Decision decision, @ExchangeProperty("send") Boolean send) {
        return enabled() && Boolean.TRUE.equals(send) && kinds.contains(decision.kind())
                && (agencies.isEmpty() || agencies.contains(decision.agency()));
    }
}
