package org.borderedi.gateway.broker;

import java.security.Principal;
import java.util.Objects;
import org.borderedi.gateway.partners.Partner;

/** A group the broker grants destination rights to: the gateway itself, or one partner (every login is in one). */
record BrokerGroup(String name) implements Principal {

    /** The gateway's own login: every right on every destination. */
    static final BrokerGroup GATEWAY = new BrokerGroup("gateway");

    BrokerGroup {
        Objects.requireNonNull(name, "name");
    }

    /** The group of one partner, named after its id (not its login) so that the rights follow the partner. */
    static BrokerGroup of(Partner partner) {
        return new BrokerGroup("partner." + partner.id());
    }

    @Override
    public String getName() {
        return name;
    }
}
