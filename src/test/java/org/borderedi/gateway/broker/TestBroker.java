package org.borderedi.gateway.broker;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.command.ActiveMQQueue;
import org.borderedi.gateway.broker.BrokerClientSettings.Redelivery;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.partners.TestPartners;

/**
 * A real embedded broker on a free port of 127.0.0.1, in a test's temporary directory, with two JMS carriers (alpha
 * and bravo), and plain ActiveMQ clients over TCP to talk to it as the gateway or a partner would.
 */
final class TestBroker implements AutoCloseable {

    static final String GATEWAY_USER = "gateway-app";
    static final String GATEWAY_PASSWORD = newPassword();
    static final String ALPHA_PASSWORD = newPassword();
    static final String BRAVO_PASSWORD = newPassword();
    /** Hashing is slow on purpose, so the partners are made once for all tests. */
    static final Partner ALPHA = TestPartners.jmsCarrier("alpha", ALPHA_PASSWORD);
    static final Partner BRAVO = TestPartners.jmsCarrier("bravo", BRAVO_PASSWORD);
    static final PartnerRegistry REGISTRY = TestPartners.registry(ALPHA, BRAVO);

    static final String ALPHA_FILINGS = "partner.alpha.filings";
    static final String ALPHA_REPLIES = "partner.alpha.replies";
    static final String BRAVO_FILINGS = "partner.bravo.filings";
    static final String BRAVO_REPLIES = "partner.bravo.replies";
    static final String INTAKE = "gateway.intake";

    static final Duration RECEIVE_TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait before concluding that nothing is there: the broker is local, so this is plenty. */
    static final Duration NOTHING_TIMEOUT = Duration.ofMillis(300);

    private static final long MIB = 1024L * 1024L;

    final EmbeddedBroker broker;

    private TestBroker(EmbeddedBroker broker) {
        this.broker = broker;
    }

    static EmbeddedBrokerSettings settings(Path dataDir) {
        return new EmbeddedBrokerSettings(dataDir, "127.0.0.1", 0, 16 * MIB, 64 * MIB, 64 * MIB,
                GATEWAY_USER, new Secret(GATEWAY_PASSWORD));
    }

    static TestBroker startIn(Path dataDir) {
        EmbeddedBroker broker = new EmbeddedBroker(settings(dataDir), REGISTRY);
        broker.start();
        return new TestBroker(broker);
    }

    String tcpUrl() {
        return broker.tcpUrl();
    }

    /** A plain, unpooled client: every connection logs in anew. */
    ActiveMQConnectionFactory client(String user, String password) {
        return new ActiveMQConnectionFactory(user, password, tcpUrl());
    }

    Connection connect(String user, String password) throws JMSException {
        Connection connection = client(user, password).createConnection();
        try {
            connection.start();
        } catch (JMSException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    Connection connectAsGateway() throws JMSException {
        return connect(GATEWAY_USER, GATEWAY_PASSWORD);
    }

    Connection connectAsAlpha() throws JMSException {
        return connect("alpha", ALPHA_PASSWORD);
    }

    BrokerClientSettings gatewayClientSettings(Redelivery redelivery) {
        return new BrokerClientSettings(tcpUrl(), GATEWAY_USER, new Secret(GATEWAY_PASSWORD), Optional.empty(), 2,
                redelivery);
    }

    @Override
    public void close() {
        broker.stop();
    }

    static Redelivery fastRedelivery(int maximumRedeliveries) {
        return new Redelivery(maximumRedeliveries, Duration.ofMillis(10), 2.0, Duration.ofMillis(100));
    }

    static void send(Connection connection, String queue, String text) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(new ActiveMQQueue(queue))) {
            producer.send(session.createTextMessage(text));
        }
    }

    /** The next message on the queue, consumed, or null when none arrives within the timeout. */
    static Message receive(Connection connection, String queue, Duration timeout) throws JMSException {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = session.createConsumer(new ActiveMQQueue(queue))) {
            return consumer.receive(timeout.toMillis());
        }
    }

    static String receiveText(Connection connection, String queue) throws JMSException {
        Message message = receive(connection, queue, RECEIVE_TIMEOUT);
        return message == null ? null : ((TextMessage) message).getText();
    }

    private static String newPassword() {
        return UUID.randomUUID().toString();
    }
}
