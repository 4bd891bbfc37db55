package org.borderedi.gateway.broker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.advisory.AdvisorySupport;
import org.apache.activemq.command.ActiveMQDestination;
import org.apache.activemq.security.AuthorizationMap;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;

/**
 * Who may read, write and create which destination on the embedded broker, derived from the partner registry: the
 * gateway may do anything; a partner may only write its inbound queue and read its reply queue; every login may use
 * temporary destinations and the advisory topics the ActiveMQ client itself subscribes to; nothing else is allowed.
 */
final class QueueAccessPolicy implements AuthorizationMap {

    /** The advisories every ActiveMQ client watches to track temporary destinations. */
    private static final Set<String> CLIENT_ADVISORY_TOPICS = Set.of(
            AdvisorySupport.TEMP_QUEUE_ADVISORY_TOPIC.getPhysicalName(),
            AdvisorySupport.TEMP_TOPIC_ADVISORY_TOPIC.getPhysicalName());

    private enum Operation { READ, WRITE, ADMIN }

    private final Set<BrokerGroup> everyone;
    private final Set<BrokerGroup> gatewayOnly = Set.of(BrokerGroup.GATEWAY);
    private final Map<String, Set<BrokerGroup>> queueReaders;
    private final Map<String, Set<BrokerGroup>> queueWriters;
    private final Map<String, Set<BrokerGroup>> queueAdmins;

    private QueueAccessPolicy(PartnerRegistry registry) {
        Set<BrokerGroup> groups = new LinkedHashSet<>(gatewayOnly);
        Map<String, Set<BrokerGroup>> readers = new HashMap<>();
        Map<String, Set<BrokerGroup>> writers = new HashMap<>();
        Map<String, Set<BrokerGroup>> admins = new HashMap<>();
        for (Partner partner : registry.using(Channel.JmsQueues.class)) {
            Channel.JmsQueues jms = (Channel.JmsQueues) partner.channel();
            BrokerGroup group = BrokerGroup.of(partner);
            groups.add(group);
            grant(writers, jms.inboundQueue(), group);
            grant(readers, jms.replyQueue(), group);
            // Admin only lets the partner's client create its own queues on first use.
            grant(admins, jms.inboundQueue(), group);
            grant(admins, jms.replyQueue(), group);
        }
        this.everyone = Set.copyOf(groups);
        this.queueReaders = frozen(readers);
        this.queueWriters = frozen(writers);
        this.queueAdmins = frozen(admins);
    }

    static QueueAccessPolicy from(PartnerRegistry registry) {
        return new QueueAccessPolicy(registry);
    }

    @Override
    public Set<?> getReadACLs(ActiveMQDestination destination) {
        return allowed(destination, Operation.READ);
    }

    @Override
    public Set<?> getWriteACLs(ActiveMQDestination destination) {
        return allowed(destination, Operation.WRITE);
    }

    @Override
    public Set<?> getAdminACLs(ActiveMQDestination destination) {
        return allowed(destination, Operation.ADMIN);
    }

    @Override
    public Set<?> getTempDestinationReadACLs() {
        return everyone;
    }

    @Override
    public Set<?> getTempDestinationWriteACLs() {
        return everyone;
    }

    @Override
    public Set<?> getTempDestinationAdminACLs() {
        return everyone;
    }

    private Set<BrokerGroup> allowed(ActiveMQDestination destination, Operation operation) {
        // A composite destination needs the right on every part; a wildcard only the gateway may use (a partner's
        // wildcard consumer would be attached to other partners' queues created after it).
        if (destination.isComposite()) {
            Set<BrokerGroup> common = null;
            for (ActiveMQDestination part : destination.getCompositeDestinations()) {
                Set<BrokerGroup> allowedOnPart = allowed(part, operation);
                if (common == null) {
                    common = new HashSet<>(allowedOnPart);
                } else {
                    common.retainAll(allowedOnPart);
                }
            }
            return common == null ? gatewayOnly : Set.copyOf(common);
        }
        if (destination.isTemporary()) {
            return everyone;
        }
        if (destination.isPattern()) {
            return gatewayOnly;
        }
        String name = destination.getPhysicalName();
        if (destination.isTopic()) {
            return CLIENT_ADVISORY_TOPICS.contains(name) && operation != Operation.WRITE ? everyone : gatewayOnly;
        }
        Map<String, Set<BrokerGroup>> grants = switch (operation) {
            case READ -> queueReaders;
            case WRITE -> queueWriters;
            case ADMIN -> queueAdmins;
        };
        return grants.getOrDefault(name, gatewayOnly);
    }

    private void grant(Map<String, Set<BrokerGroup>> grants, String queue, BrokerGroup group) {
        grants.computeIfAbsent(queue, q -> new HashSet<>(gatewayOnly)).add(group);
    }

    private static Map<String, Set<BrokerGroup>> frozen(Map<String, Set<BrokerGroup>> grants) {
        Map<String, Set<BrokerGroup>> copy = new HashMap<>();
        grants.forEach((queue, groups) -> copy.put(queue, Set.copyOf(groups)));
        return Map.copyOf(copy);
    }
}
