package org.borderedi.gateway.broker;

import static org.borderedi.gateway.broker.TestBroker.ALPHA_FILINGS;
import static org.borderedi.gateway.broker.TestBroker.GATEWAY_PASSWORD;
import static org.borderedi.gateway.broker.TestBroker.GATEWAY_USER;
import static org.borderedi.gateway.broker.TestBroker.INTAKE;
import static org.borderedi.gateway.broker.TestBroker.RECEIVE_TIMEOUT;
import static org.borderedi.gateway.broker.TestBroker.receiveText;
import static org.borderedi.gateway.broker.TestBroker.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.activemq.command.ActiveMQQueue;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.partners.TestPartners;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker as the runtime uses it: lifecycle, persistence, sender stamping and in-process access. */
class EmbeddedBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void listens_on_the_bound_port_of_the_configured_host_while_running() throws Exception {
        try (TestBroker broker = TestBroker.startIn(dataDir)) {
            assertTrue(broker.broker.isRunning());
            assertTrue(broker.tcpUrl().matches("tcp://127\\.0\\.0\\.1:[1-9]\\d*"), broker.tcpUrl());
            try (Connection gateway = broker.connectAsGateway()) {
                send(gateway, INTAKE, "hello");
            }

            broker.broker.stop();

            assertFalse(broker.broker.isRunning());
            assertThrows(IllegalStateException.class, broker.broker::tcpUrl);
        }
    }

    @Test
    void keeps_its_journal_under_the_data_directory() throws Exception {
        try (TestBroker broker = TestBroker.startIn(dataDir); Connection gateway = broker.connectAsGateway()) {
            send(gateway, INTAKE, "persisted");
        }

        assertTrue(Files.exists(dataDir.resolve("kahadb").resolve("db.data")));
    }

    @Test
    void keeps_a_persistent_message_across_a_restart_on_the_same_data_directory() throws Exception {
        try (TestBroker broker = TestBroker.startIn(dataDir)) {
            try (Connection gateway = broker.connectAsGateway();
                    Session session = gateway.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageProducer producer = session.createProducer(new ActiveMQQueue(INTAKE))) {
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                producer.send(session.createTextMessage("filing 1"));
            }

            broker.broker.stop();
            broker.broker.start();

            try (Connection gateway = broker.connectAsGateway()) {
                assertEquals("filing 1", receiveText(gateway, INTAKE));
            }
        }
    }

    @Test
    void stamps_JMSXUserID_with_the_senders_login_whatever_the_sender_claims() throws Exception {
        try (TestBroker broker = TestBroker.startIn(dataDir);
                Connection alpha = broker.connectAsAlpha();
                Connection gateway = broker.connectAsGateway()) {
            try (Session session = alpha.createSession(false, Session.AUTO_ACKNOWLEDGE);
                    MessageProducer producer = session.createProducer(new ActiveMQQueue(ALPHA_FILINGS))) {
                TextMessage claimsToBeBravo = session.createTextMessage("FWB/16");
                claimsToBeBravo.setStringProperty("JMSXUserID", "bravo");
                producer.send(claimsToBeBravo);
            }

            Message received = TestBroker.receive(gateway, ALPHA_FILINGS, RECEIVE_TIMEOUT);

            assertNotNull(received);
            assertEquals("alpha", received.getStringProperty("JMSXUserID"));
        }
    }

    @Test
    void its_vm_url_reaches_the_running_broker_with_a_login_and_never_creates_another() throws Exception {
        try (TestBroker broker = TestBroker.startIn(dataDir)) {
            String vmUrl = broker.broker.vmUrl();
            try (Connection inProcess = startedConnection(new ActiveMQConnectionFactory(GATEWAY_USER, GATEWAY_PASSWORD, vmUrl));
                    Connection overTcp = broker.connectAsGateway()) {
                send(inProcess, INTAKE, "in process");
                assertEquals("in process", receiveText(overTcp, INTAKE));
            }
            assertThrows(JMSSecurityException.class,
                    () -> startedConnection(new ActiveMQConnectionFactory(vmUrl)).close());

            broker.broker.stop();

            assertThrows(JMSException.class,
                    () -> startedConnection(new ActiveMQConnectionFactory(GATEWAY_USER, GATEWAY_PASSWORD, vmUrl)).close());
        }
    }

    @Test
    void refuses_a_gateway_user_that_is_also_a_partners_login() {
        EmbeddedBrokerSettings clashing = new EmbeddedBrokerSettings(dataDir, null, 0, 1, 1, 1, "alpha",
                new Secret(GATEWAY_PASSWORD));

        assertThrows(IllegalArgumentException.class, () -> new EmbeddedBroker(clashing, TestBroker.REGISTRY));
    }

    @Test
    void refuses_to_start_on_a_port_already_in_use() throws Exception {
        try (TestBroker first = TestBroker.startIn(dataDir.resolve("first"))) {
            int port = Integer.parseInt(first.tcpUrl().substring(first.tcpUrl().lastIndexOf(':') + 1));
            EmbeddedBrokerSettings samePort = TestBroker.settings(dataDir.resolve("second"));
            samePort = new EmbeddedBrokerSettings(samePort.dataDir(), samePort.host(), port, samePort.memoryLimitBytes(),
                    samePort.storeLimitBytes(), samePort.tempLimitBytes(), samePort.gatewayUser(), samePort.gatewayPassword());
            EmbeddedBroker second = new EmbeddedBroker(samePort, TestPartners.registry());

            assertThrows(RuntimeException.class, second::start);
            assertFalse(second.isRunning());
        }
    }

    @Test
    void refuses_at_once_to_start_on_a_data_directory_another_broker_holds() throws Exception {
        try (TestBroker first = TestBroker.startIn(dataDir)) {
            EmbeddedBroker second = new EmbeddedBroker(TestBroker.settings(dataDir), TestBroker.REGISTRY);

            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(RuntimeException.class, second::start));
            assertFalse(second.isRunning());
            assertTrue(first.broker.isRunning());
        }
    }

    private static Connection startedConnection(ActiveMQConnectionFactory factory) throws JMSException {
        Connection connection = factory.createConnection();
        try {
            connection.start();
            return connection;
        } catch (JMSException e) {
            connection.close();
            throw e;
        }
    }
}
