package org.borderedi.gateway.broker;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import org.apache.activemq.security.SecurityContext;

/**
 * A connection's identity once its password has been checked: the broker keeps it for the connection's lifetime, so
 * the slow password check runs once per connection, never per message.
 */
final class BrokerLogin extends SecurityContext {

    private final BrokerGroup group;

    BrokerLogin(String user, BrokerGroup group) {
        super(Objects.requireNonNull(user, "user"));
        this.group = Objects.requireNonNull(group, "group");
    }

    BrokerGroup group() {
        return group;
    }

    @Override
    public Set<Principal> getPrincipals() {
        return Set.of(group);
    }

    @Override
    public String toString() {
        return getUserName() + " (" + group.name() + ")";
    }
}
