package org.borderedi.gateway.runtime;

import org.apache.camel.component.jms.JmsEndpoint;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * Gives crash tests a failpoint right after a message is sent to a queue and before the route's transaction
 * commits: {@code after-send:<queue>}. Installed only when a failpoint is armed.
 */
final class FailpointNotifier extends EventNotifierSupport {

    FailpointNotifier() {
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeCompletedEvent(true);
        setIgnoreExchangeFailedEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreStepEvents(true);
    }

    /** Camel emits a Sent event only where a notifier also took the Sending event, so both are taken. */
    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeSendingEvent sending && sending.getEndpoint() instanceof JmsEndpoint
                || event instanceof CamelEvent.ExchangeSentEvent sent && sent.getEndpoint() instanceof JmsEndpoint;
    }

    @Override
    public void notify(CamelEvent event) {
        if (event instanceof CamelEvent.ExchangeSentEvent sent) {
            Failpoints.reach("after-send:" + ((JmsEndpoint) sent.getEndpoint()).getDestinationName());
        }
    }
}
