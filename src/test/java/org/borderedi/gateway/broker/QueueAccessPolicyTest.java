package org.borderedi.gateway.broker;

import static org.borderedi.gateway.broker.TestBroker.ALPHA_FILINGS;
import static org.borderedi.gateway.broker.TestBroker.ALPHA_REPLIES;
import static org.borderedi.gateway.broker.TestBroker.BRAVO_FILINGS;
import static org.borderedi.gateway.broker.TestBroker.BRAVO_REPLIES;
import static org.borderedi.gateway.broker.TestBroker.INTAKE;
import static org.borderedi.gateway.broker.TestBroker.NOTHING_TIMEOUT;
import static org.borderedi.gateway.broker.TestBroker.receive;
import static org.borderedi.gateway.broker.TestBroker.receiveText;
import static org.borderedi.gateway.broker.TestBroker.send;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.file.Path;
import org.apache.activemq.command.ActiveMQQueue;
import org.apache.activemq.command.ActiveMQTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each login on a real broker confined to its own queues: the gateway everywhere, a partner only on its two. */
class QueueAccessPolicyTest {

    @TempDir
    Path dataDir;

    private TestBroker broker;
    private Connection gateway;
    private Connection alpha;

    @BeforeEach
    void start() throws Exception {
        broker = TestBroker.startIn(dataDir);
        gateway = broker.connectAsGateway();
        alpha = broker.connectAsAlpha();
    }

    @AfterEach
    void stop() throws Exception {
        alpha.close();
        gateway.close();
        broker.close();
    }

    @Test
    void the_gateway_sends_and_receives_on_any_queue() throws Exception {
        for (String queue : new String[] {INTAKE, ALPHA_FILINGS, BRAVO_REPLIES, "DLQ." + INTAKE, "anything.else"}) {
            send(gateway, queue, "to " + queue);

            assertEquals("to " + queue, receiveText(gateway, queue));
        }
    }

    @Test
    void the_gateway_publishes_and_subscribes_on_any_topic() throws Exception {
        try (Session session = gateway.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            Topic topic = session.createTopic("gateway.events");
            MessageConsumer subscriber = session.createConsumer(topic);
            session.createProducer(topic).send(session.createTextMessage("event"));

            assertEquals("event", ((TextMessage) subscriber.receive(TestBroker.RECEIVE_TIMEOUT.toMillis())).getText());
        }
    }

    @Test
    void a_partner_sends_to_its_inbound_queue_and_reads_its_reply_queue() throws Exception {
        send(alpha, ALPHA_FILINGS, "FWB/16");
        assertEquals("FWB/16", receiveText(gateway, ALPHA_FILINGS));

        send(gateway, ALPHA_REPLIES, "accepted");
        assertEquals("accepted", receiveText(alpha, ALPHA_REPLIES));
    }

    @Test
    void a_partner_cannot_send_to_another_partners_inbound_queue() throws Exception {
        assertThrows(JMSSecurityException.class, () -> send(alpha, BRAVO_FILINGS, "forged"));
        assertThrows(JMSSecurityException.class, () -> sendAnonymously(alpha, BRAVO_FILINGS, "forged"));

        assertNull(receive(gateway, BRAVO_FILINGS, NOTHING_TIMEOUT));
    }

    @Test
    void a_partner_cannot_read_another_partners_reply_queue() throws Exception {
        send(gateway, BRAVO_REPLIES, "for bravo only");

        assertThrows(JMSSecurityException.class, () -> receive(alpha, BRAVO_REPLIES, NOTHING_TIMEOUT));
        assertEquals("for bravo only", receiveText(gateway, BRAVO_REPLIES));
    }

    @Test
    void a_partner_cannot_send_to_a_gateway_queue() throws Exception {
        try (Session session = gateway.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer intake = session.createConsumer(new ActiveMQQueue(INTAKE))) {
            assertThrows(JMSSecurityException.class, () -> send(alpha, INTAKE, "forged"));
            assertThrows(JMSSecurityException.class, () -> sendAnonymously(alpha, INTAKE, "forged"));

            assertNull(intake.receive(NOTHING_TIMEOUT.toMillis()));
        }
    }

    @Test
    void a_partner_cannot_read_its_own_inbound_queue_nor_write_its_reply_queue() throws Exception {
        assertThrows(JMSSecurityException.class, () -> receive(alpha, ALPHA_FILINGS, NOTHING_TIMEOUT));
        assertThrows(JMSSecurityException.class, () -> send(alpha, ALPHA_REPLIES, "forged reply"));
    }

    @Test
    void a_partner_cannot_read_a_dead_letter_queue() throws Exception {
        send(gateway, "DLQ." + ALPHA_FILINGS, "dead filing");

        assertThrows(JMSSecurityException.class, () -> receive(alpha, "DLQ." + ALPHA_FILINGS, NOTHING_TIMEOUT));
    }

    @Test
    void a_partner_cannot_reach_a_gateway_queue_through_a_composite_destination() throws Exception {
        String composite = ALPHA_FILINGS + "," + INTAKE;
        // The gateway listens on its intake queue, so the partner needs no right to create it.
        try (Session session = gateway.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer intake = session.createConsumer(new ActiveMQQueue(INTAKE))) {
            assertThrows(JMSSecurityException.class, () -> send(alpha, composite, "smuggled"));
            assertThrows(JMSSecurityException.class, () -> sendAnonymously(alpha, composite, "smuggled"));

            assertNull(intake.receive(NOTHING_TIMEOUT.toMillis()));
        }
        assertNull(receive(gateway, ALPHA_FILINGS, NOTHING_TIMEOUT));
    }

    @Test
    void a_partner_cannot_read_through_a_composite_or_a_wildcard_destination() throws Exception {
        assertThrows(JMSSecurityException.class, () -> receive(alpha, ALPHA_REPLIES + "," + BRAVO_REPLIES, NOTHING_TIMEOUT));
        // Before any other reply queue exists: a wildcard consumer would otherwise be attached to those created later.
        assertThrows(JMSSecurityException.class, () -> receive(alpha, "partner.>", NOTHING_TIMEOUT));
        assertThrows(JMSSecurityException.class, () -> receive(alpha, "partner.*.replies", NOTHING_TIMEOUT));
    }

    @Test
    void a_partner_cannot_send_to_a_wildcard_destination() throws Exception {
        receive(gateway, BRAVO_FILINGS, NOTHING_TIMEOUT);

        assertThrows(JMSSecurityException.class, () -> send(alpha, "partner.>", "to everyone"));

        assertNull(receive(gateway, BRAVO_FILINGS, NOTHING_TIMEOUT));
    }

    @Test
    void a_partner_cannot_use_a_topic() throws Exception {
        try (Session session = alpha.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(new ActiveMQTopic("gateway.events")));
            assertThrows(JMSSecurityException.class, () -> session.createProducer(new ActiveMQTopic("gateway.events")));
            assertThrows(JMSSecurityException.class,
                    () -> session.createConsumer(new ActiveMQTopic("ActiveMQ.Advisory.Connection")));
        }
    }

    @Test
    void a_partner_may_use_a_temporary_queue_of_its_own() throws Exception {
        try (Session session = alpha.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue answers = session.createTemporaryQueue();
            MessageConsumer consumer = session.createConsumer(answers);
            MessageProducer producer = session.createProducer(answers);
            producer.send(session.createTextMessage("echo"));

            assertEquals("echo", ((TextMessage) consumer.receive(TestBroker.RECEIVE_TIMEOUT.toMillis())).getText());
        }
    }

    /** Sends through a producer without a destination, as pooled and Spring clients do. */
    private static void sendAnonymously(Connection connection, String queue, String text) throws Exception {
        try (Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(null)) {
            producer.send(new ActiveMQQueue(queue), session.createTextMessage(text));
        }
    }
}
