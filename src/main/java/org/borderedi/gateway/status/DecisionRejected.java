package org.borderedi.gateway.status;

/**
 * A decision the gateway cannot act on (malformed, or naming no consignment it forwarded): it goes to the decisions'
 * dead-letter queue with this reason at once, not after redeliveries, since trying again would not change it.
 */
public final class DecisionRejected extends RuntimeException {

    public DecisionRejected(String reason) {
        super(reason);
    }

    public DecisionRejected(String reason, Throwable cause) {
        super(reason, cause);
    }
}
