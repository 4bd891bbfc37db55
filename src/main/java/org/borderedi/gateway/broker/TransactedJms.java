package org.borderedi.gateway.broker;

import jakarta.jms.ConnectionFactory;
import org.apache.camel.component.jms.JmsComponent;

/**
 * The JMS component every route uses: a route that consumes a message runs in one local broker transaction on the
 * session that received it, and every message the route sends goes on that same session. One commit then takes the
 * consumed message off its queue and puts the sent ones on theirs, so a crash at any moment leaves either the
 * message where it was or its successors where they go, never neither.
 *
 * <p>Not Camel's lazily created {@code JmsTransactionManager}: with a cached consumer, that manager opens a second
 * session for the sends and commits it after the receiving session, and a kill between the two commits lost the
 * message. Sends outside a consumed message (a poller's claim) are committed on their own, at once.
 */
public final class TransactedJms {

    private TransactedJms() {
    }

    public static JmsComponent component(ConnectionFactory connections) {
        JmsComponent jms = new JmsComponent();
        jms.setConnectionFactory(connections);
        jms.getConfiguration().setTransacted(true);
        // the listener container's own transacted session, exposed to the route's sends, instead of a manager's
        jms.getConfiguration().setLazyCreateTransactionManager(false);
        // one consumer and session per route consumer, kept for its life: a session per message costs a round trip
        jms.getConfiguration().setCacheLevelName("CACHE_CONSUMER");
        return jms;
    }
}
