package org.borderedi.gateway.broker;

import static org.borderedi.gateway.broker.TestBroker.INTAKE;
import static org.borderedi.gateway.broker.TestBroker.NOTHING_TIMEOUT;
import static org.borderedi.gateway.broker.TestBroker.RECEIVE_TIMEOUT;
import static org.borderedi.gateway.broker.TestBroker.fastRedelivery;
import static org.borderedi.gateway.broker.TestBroker.receive;
import static org.borderedi.gateway.broker.TestBroker.receiveText;
import static org.borderedi.gateway.broker.TestBroker.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.ActiveMQSslConnectionFactory;
import org.apache.activemq.RedeliveryPolicy;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.borderedi.gateway.broker.BrokerClientSettings.Redelivery;
import org.borderedi.gateway.broker.BrokerClientSettings.TlsSettings;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.messaginghub.pooled.jms.JmsPoolConnectionFactory;

/** The gateway's pooled connection factory: its configuration, and its transactions against a real broker. */
class BrokerConnectionsTest {

    /** Unit checks of the factory's configuration, no broker needed. */
    @Nested
    class Configuration {

        private final Redelivery redelivery =
                new Redelivery(4, Duration.ofMillis(500), 2.0, Duration.ofSeconds(30));

        @Test
        void pools_a_plain_activemq_factory_with_the_gateway_login_and_pool_size() {
            BrokerClientSettings settings = new BrokerClientSettings("tcp://broker.example:61616", "gateway-app",
                    new Secret("s3cret"), Optional.empty(), 7, redelivery);

            JmsPoolConnectionFactory pool = assertInstanceOf(JmsPoolConnectionFactory.class,
                    BrokerConnections.pooled(settings));
            ActiveMQConnectionFactory provider = (ActiveMQConnectionFactory) pool.getConnectionFactory();

            assertEquals(7, pool.getMaxConnections());
            assertSame(ActiveMQConnectionFactory.class, provider.getClass());
            assertEquals("tcp://broker.example:61616", provider.getBrokerURL());
            assertEquals("gateway-app", provider.getUserName());
            assertEquals("s3cret", provider.getPassword());
        }

        @Test
        void applies_the_redelivery_limit_and_exponential_back_off() {
            RedeliveryPolicy policy = BrokerConnections.redeliveryPolicy(redelivery);

            assertEquals(4, policy.getMaximumRedeliveries());
            assertEquals(500, policy.getInitialRedeliveryDelay());
            assertTrue(policy.isUseExponentialBackOff());
            assertEquals(1000, policy.getNextRedeliveryDelay(500));
            assertEquals(30_000, policy.getNextRedeliveryDelay(20_000));
        }

        @Test
        void trusts_no_package_for_object_messages() {
            ActiveMQConnectionFactory provider = BrokerConnections.activeMq(new BrokerClientSettings(
                    "tcp://broker.example:61616", "gateway-app", new Secret("s3cret"), Optional.empty(), 1, redelivery));

            assertFalse(provider.isTrustAllPackages());
            assertTrue(provider.getTrustedPackages().isEmpty());
        }

        @Test
        void uses_an_ssl_factory_with_the_given_stores_when_tls_is_configured() {
            TlsSettings tls = new TlsSettings(Path.of("/etc/gateway/trust.p12"), new Secret("trust-pw"),
                    Optional.of(Path.of("/etc/gateway/client.p12")), Optional.of(new Secret("key-pw")));
            BrokerClientSettings settings = new BrokerClientSettings("failover:(ssl://a.example:61617,ssl://b.example:61617)",
                    "gateway-app", new Secret("s3cret"), Optional.of(tls), 2, redelivery);

            JmsPoolConnectionFactory pool = (JmsPoolConnectionFactory) BrokerConnections.pooled(settings);
            ActiveMQSslConnectionFactory provider =
                    assertInstanceOf(ActiveMQSslConnectionFactory.class, pool.getConnectionFactory());

            assertEquals("/etc/gateway/trust.p12", provider.getTrustStore());
            assertEquals("trust-pw", provider.getTrustStorePassword());
            assertEquals("/etc/gateway/client.p12", provider.getKeyStore());
            assertEquals("key-pw", provider.getKeyStorePassword());
            assertEquals(4, provider.getRedeliveryPolicy().getMaximumRedeliveries());
            assertTrue(provider.getTrustedPackages().isEmpty());
        }
    }

    /** The factory against a real embedded broker over TCP. */
    @Nested
    class AgainstTheEmbeddedBroker {

        @TempDir
        Path dataDir;

        private TestBroker broker;
        private ConnectionFactory pooled;

        private void start(Redelivery redelivery) {
            broker = TestBroker.startIn(dataDir);
            pooled = BrokerConnections.pooled(broker.gatewayClientSettings(redelivery));
        }

        @AfterEach
        void stop() {
            if (pooled != null) {
                BrokerConnections.close(pooled);
            }
            if (broker != null) {
                broker.close();
            }
        }

        @Test
        void a_transacted_send_is_visible_only_once_committed() throws Exception {
            start(fastRedelivery(1));
            try (Connection connection = pooled.createConnection();
                    Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                    MessageProducer producer = session.createProducer(new ActiveMQQueue(INTAKE));
                    Connection observer = broker.connectAsGateway()) {
                producer.send(session.createTextMessage("committed"));
                assertNull(receive(observer, INTAKE, NOTHING_TIMEOUT), "visible before the commit");

                session.commit();

                assertEquals("committed", receiveText(observer, INTAKE));
            }
        }

        @Test
        void a_transacted_send_that_is_rolled_back_is_never_delivered() throws Exception {
            start(fastRedelivery(1));
            try (Connection connection = pooled.createConnection();
                    Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                    MessageProducer producer = session.createProducer(new ActiveMQQueue(INTAKE));
                    Connection observer = broker.connectAsGateway()) {
                producer.send(session.createTextMessage("rolled back"));
                session.rollback();
                producer.send(session.createTextMessage("committed after"));
                session.commit();

                assertEquals("committed after", receiveText(observer, INTAKE));
                assertNull(receive(observer, INTAKE, NOTHING_TIMEOUT));
            }
        }

        @Test
        void a_pooled_transacted_session_closed_without_commit_leaks_nothing_to_the_next_user() throws Exception {
            start(fastRedelivery(1));
            try (Connection connection = pooled.createConnection()) {
                try (Session abandoned = connection.createSession(true, Session.SESSION_TRANSACTED)) {
                    abandoned.createProducer(new ActiveMQQueue(INTAKE)).send(abandoned.createTextMessage("abandoned"));
                }
                try (Session next = connection.createSession(true, Session.SESSION_TRANSACTED)) {
                    next.createProducer(new ActiveMQQueue(INTAKE)).send(next.createTextMessage("next"));
                    next.commit();
                }
            }
            try (Connection observer = broker.connectAsGateway()) {
                assertEquals("next", receiveText(observer, INTAKE));
                assertNull(receive(observer, INTAKE, NOTHING_TIMEOUT));
            }
        }

        @Test
        void a_message_rolled_back_past_the_redelivery_limit_moves_to_the_dead_letter_queue_of_its_queue() throws Exception {
            start(fastRedelivery(2));
            try (Connection observer = broker.connectAsGateway()) {
                send(observer, INTAKE, "poison");
            }

            assertEquals(List.of(1, 2, 3), deliveryCountsUntilDeadLettered(INTAKE));

            try (Connection observer = broker.connectAsGateway()) {
                assertEquals("poison", receiveText(observer, "DLQ." + INTAKE));
                assertNull(receive(observer, INTAKE, NOTHING_TIMEOUT));
            }
        }

        @Test
        void a_non_persistent_message_is_dead_lettered_too_rather_than_dropped() throws Exception {
            start(fastRedelivery(1));
            try (Connection observer = broker.connectAsGateway();
                    Session session = observer.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageProducer producer = session.createProducer(new ActiveMQQueue(INTAKE))) {
                producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
                producer.send(session.createTextMessage("fragile"));
            }

            assertEquals(List.of(1, 2), deliveryCountsUntilDeadLettered(INTAKE));

            try (Connection observer = broker.connectAsGateway()) {
                assertEquals("fragile", receiveText(observer, "DLQ." + INTAKE));
            }
        }

        /** Receives the queue's one message in a transaction and rolls back, until it is delivered no more. */
        private List<Integer> deliveryCountsUntilDeadLettered(String queue) throws Exception {
            List<Integer> deliveryCounts = new ArrayList<>();
            try (Connection connection = pooled.createConnection();
                    Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                    MessageConsumer consumer = session.createConsumer(new ActiveMQQueue(queue))) {
                connection.start();
                for (Message message = consumer.receive(RECEIVE_TIMEOUT.toMillis());
                        message != null;
                        message = consumer.receive(NOTHING_TIMEOUT.toMillis())) {
                    deliveryCounts.add(message.getIntProperty("JMSXDeliveryCount"));
                    session.rollback();
                }
            }
            return deliveryCounts;
        }

        @Test
        void refuses_to_deserialize_an_object_message() throws Exception {
            start(fastRedelivery(1));
            try (Connection connection = pooled.createConnection();
                    Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
                connection.start();
                // ActiveMQ's own classes are trusted by default: only an empty trust list refuses this one.
                session.createProducer(new ActiveMQQueue(INTAKE))
                        .send(session.createObjectMessage(new ActiveMQQueue("gadget")));

                ObjectMessage received = (ObjectMessage) session.createConsumer(new ActiveMQQueue(INTAKE))
                        .receive(RECEIVE_TIMEOUT.toMillis());

                assertNotNull(received);
                assertThrows(JMSException.class, received::getObject);
            }
        }

        @Test
        void a_camel_transacted_route_commits_its_work_and_dead_letters_a_failing_filing() throws Exception {
            start(fastRedelivery(2));
            AtomicInteger poisonAttempts = new AtomicInteger();
            CamelContext camel = new DefaultCamelContext();
            camel.addComponent("jms", TransactedJms.component(pooled));
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    errorHandler(defaultErrorHandler().logExhausted(false));
                    from("jms:queue:" + INTAKE).routeId("intake")
                            .process(exchange -> {
                                if ("poison".equals(exchange.getMessage().getBody(String.class))) {
                                    poisonAttempts.incrementAndGet();
                                    throw new IllegalStateException("cannot parse the filing");
                                }
                            })
                            .to("jms:queue:gateway.validated");
                }
            });
            camel.start();
            try (Connection observer = broker.connectAsGateway()) {
                send(observer, INTAKE, "good");
                send(observer, INTAKE, "poison");

                assertEquals("good", receiveText(observer, "gateway.validated"));
                assertEquals("poison", receiveText(observer, "DLQ." + INTAKE));
                assertEquals(3, poisonAttempts.get(), "the first delivery and two redeliveries");
                assertNull(receive(observer, "gateway.validated", NOTHING_TIMEOUT));
            } finally {
                camel.stop();
            }
        }
    }
}
