package org.borderedi.gateway.broker;

import org.apache.activemq.broker.region.policy.IndividualDeadLetterStrategy;
import org.apache.activemq.broker.region.policy.PolicyEntry;
import org.apache.activemq.broker.region.policy.PolicyMap;

/**
 * Where the embedded broker puts a message nobody could process: a dead-letter queue of its own per queue
 * ({@code gateway.intake} to {@code DLQ.gateway.intake}), so that one failing route does not bury another's
 * failures in a shared {@code ActiveMQ.DLQ}.
 */
final class DeadLetterPolicy {

    static final String PREFIX = "DLQ.";

    private DeadLetterPolicy() {
    }

    static String deadLetterQueueOf(String queue) {
        return PREFIX + queue;
    }

    /** The broker's destination policies: per-destination dead-letter queues for every queue and topic. */
    static PolicyMap perDestination() {
        IndividualDeadLetterStrategy strategy = new IndividualDeadLetterStrategy();
        strategy.setQueuePrefix(PREFIX);
        strategy.setTopicPrefix(PREFIX);
        strategy.setUseQueueForQueueMessages(true);
        // A failed filing is kept even when it was sent non-persistent.
        strategy.setProcessNonPersistent(true);
        // The audit would silently drop a message that is dead-lettered again after an operator replayed it.
        strategy.setEnableAudit(false);

        PolicyEntry everyDestination = new PolicyEntry();
        everyDestination.setDeadLetterStrategy(strategy);

        PolicyMap policies = new PolicyMap();
        policies.setDefaultEntry(everyDestination);
        return policies;
    }
}
