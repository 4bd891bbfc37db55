package org.borderedi.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.broker.BrokerPlugin;
import org.apache.activemq.broker.BrokerPluginSupport;
import org.apache.activemq.broker.BrokerService;
import org.apache.activemq.broker.ConnectionContext;
import org.apache.activemq.broker.ConsumerBrokerExchange;
import org.apache.activemq.broker.ProducerBrokerExchange;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.activemq.command.MessageAck;
import org.apache.activemq.command.TransactionId;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway's JMS component against a real broker that logs every transaction it commits: what a route sends
 * commits in the same broker transaction as the taking of the message it consumed, so no crash can fall between
 * the two.
 */
class TransactedJmsTest {

    private static final long RECEIVE_MILLIS = 5_000;

    private final TransactionLog transactions = new TransactionLog();
    private BrokerService broker;
    private ConnectionFactory pooled;
    private CamelContext camel;

    @BeforeEach
    void startBroker() throws Exception {
        broker = new BrokerService();
        broker.setBrokerName("transacted-jms-test");
        broker.setPersistent(false);
        broker.setUseJmx(false);
        broker.setUseShutdownHook(false);
        broker.setPlugins(new BrokerPlugin[] {transactions});
        broker.start();
        broker.waitUntilStarted();
        pooled = BrokerConnections.pooled(new BrokerClientSettings("vm://transacted-jms-test?create=false", "gateway",
                new Secret("not-checked-by-this-broker"), Optional.empty(), 2, TestBroker.fastRedelivery(1)));
        camel = new DefaultCamelContext();
        camel.addComponent("jms", TransactedJms.component(pooled));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().logExhausted(false));
                from("jms:queue:step.in").routeId("step")
                        .to("jms:queue:step.out")
                        .to("jms:queue:step.audit")
                        .filter(body().isEqualTo("poison"))
                        .throwException(new IllegalStateException("cannot take this one"));
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        camel.stop();
        BrokerConnections.close(pooled);
        broker.stop();
        broker.waitUntilStopped();
    }

    @Test
    void what_a_route_sends_commits_in_one_broker_transaction_with_the_message_it_took() throws Exception {
        try (Connection observer = observer()) {
            send(observer, "step.in", "filing");

            assertEquals("filing", receiveText(observer, "step.out"));
            assertEquals("filing", receiveText(observer, "step.audit"));
        }

        assertEquals(List.of(List.of("sent to step.out", "sent to step.audit", "took from step.in")),
                transactions.committedBy("step"));
    }

    @Test
    void a_failed_route_sends_nothing_and_its_message_is_redelivered_then_dead_lettered() throws Exception {
        try (Connection observer = observer()) {
            send(observer, "step.in", "poison");
            send(observer, "step.in", "filing");

            assertEquals("filing", receiveText(observer, "step.out"));
            assertEquals("poison", receiveText(observer, "ActiveMQ.DLQ"));
            assertNull(receive(observer, "step.out", 300), "a rolled-back send was delivered");
        }

        assertEquals(List.of(List.of("sent to step.out", "sent to step.audit", "took from step.in")),
                transactions.committedBy("step"));
    }

    private Connection observer() throws Exception {
        Connection connection = new ActiveMQConnectionFactory("vm://transacted-jms-test?create=false").createConnection();
        connection.start();
        return connection;
    }

    private static void send(Connection connection, String queue, String text) throws Exception {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(new ActiveMQQueue(queue))) {
            producer.send(session.createTextMessage(text));
        }
    }

    private static Message receive(Connection connection, String queue, long millis) throws Exception {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(new ActiveMQQueue(queue))) {
            return consumer.receive(millis);
        }
    }

    private static String receiveText(Connection connection, String queue) throws Exception {
        Message message = receive(connection, queue, RECEIVE_MILLIS);
        assertNotNull(message, "nothing arrived on " + queue);
        return ((TextMessage) message).getText();
    }

    /** What each local transaction sent and took, in order, kept once the transaction commits. */
    private static final class TransactionLog extends BrokerPluginSupport {

        private final Map<TransactionId, List<String>> open = new ConcurrentHashMap<>();
        private final List<List<String>> committed = new CopyOnWriteArrayList<>();

        /** The committed transactions that touched a queue of the named step, one list of actions each. */
        List<List<String>> committedBy(String step) {
            return committed.stream()
                    .filter(actions -> actions.stream().anyMatch(action -> action.contains(" " + step + ".")))
                    .toList();
        }

        @Override
        public void send(ProducerBrokerExchange exchange, org.apache.activemq.command.Message message) throws Exception {
            record(message.getTransactionId(), "sent to " + message.getDestination().getPhysicalName());
            super.send(exchange, message);
        }

        @Override
        public void acknowledge(ConsumerBrokerExchange exchange, MessageAck ack) throws Exception {
            if (ack.isStandardAck()) {
                record(ack.getTransactionId(), "took from " + ack.getDestination().getPhysicalName());
            }
            super.acknowledge(exchange, ack);
        }

        @Override
        public void commitTransaction(ConnectionContext context, TransactionId xid, boolean onePhase) throws Exception {
            super.commitTransaction(context, xid, onePhase);
            List<String> actions = open.remove(xid);
            if (actions != null) {
                committed.add(List.copyOf(actions));
            }
        }

        @Override
        public void rollbackTransaction(ConnectionContext context, TransactionId xid) throws Exception {
            open.remove(xid);
            super.rollbackTransaction(context, xid);
        }

        private void record(TransactionId transaction, String action) {
            if (transaction != null) {
                open.computeIfAbsent(transaction, id -> new ArrayList<>()).add(action);
            }
        }
    }
}
