package org.borderedi.gateway.broker;

import java.util.Objects;
import org.apache.activemq.broker.Broker;
import org.apache.activemq.broker.BrokerPlugin;

/** Installs the {@link BrokerLoginFilter} in the embedded broker, so no connection gets in without a valid login. */
final class BrokerLoginPlugin implements BrokerPlugin {

    private final BrokerLogins logins;

    BrokerLoginPlugin(BrokerLogins logins) {
        this.logins = Objects.requireNonNull(logins, "logins");
    }

    @Override
    public Broker installPlugin(Broker broker) {
        return new BrokerLoginFilter(broker, logins);
    }
}
