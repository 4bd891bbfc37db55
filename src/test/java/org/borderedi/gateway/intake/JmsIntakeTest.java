package org.borderedi.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.runtime.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filings a partner puts on its own JMS queue, through the real broker, into intake messages or answers. */
class JmsIntakeTest {

    private static final String PASSWORD = "carrier-test-password";
    private static final long ARRIVAL_MS = 20_000;

    @TempDir
    static Path tmp;

    private static RunningGateway gateway;
    private static Connection asGateway;
    private static Session gatewaySession;
    private static Connection asCarrier;
    private static Session carrierSession;

    @BeforeAll
    static void startGateway() throws Exception {
        gateway = RunningGateway.start(tmp.resolve("data"), RegistryYaml.of(
                RegistryYaml.jmsCarrier("carrier", "XT", PASSWORD), RegistryYaml.jmsCarrier("other", "XO", PASSWORD)), RunningGateway.INTAKE_ONLY);
        asGateway = gateway.jmsAsGateway();
        gatewaySession = asGateway.createSession(false, Session.AUTO_ACKNOWLEDGE);
        asCarrier = gateway.jms("carrier", PASSWORD);
        carrierSession = asCarrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        asCarrier.close();
        asGateway.close();
        gateway.close();
    }

    @Test
    void a_bytes_message_on_the_partners_queue_yields_an_intake_message_with_the_same_bytes() throws Exception {
        String name = "FWB-" + UUID.randomUUID();
        byte[] fwb = "FWB/17\n014-12345675LHRYYZ/T2K25.0\n".getBytes(StandardCharsets.US_ASCII);
        BytesMessage filing = carrierSession.createBytesMessage();
        filing.writeBytes(fwb);
        filing.setStringProperty(JmsFilings.FILE_NAME_PROPERTY, name);

        try (MessageConsumer received = receivedNamed(name)) {
            send("partner.carrier.filings", filing);

            Message message = received.receive(ARRIVAL_MS);
            assertNotNull(message, "no intake message");
            assertEquals("carrier", message.getStringProperty(IntakeHeaders.PARTNER_ID));
            assertEquals("jms", message.getStringProperty(IntakeHeaders.CHANNEL));
            assertEquals(fwb.length, message.getLongProperty(IntakeHeaders.SIZE_BYTES));
            assertTrue(ReceiptIds.isWellFormed(message.getStringProperty(IntakeHeaders.RECEIPT_ID)));
            assertArrayEquals(fwb, Files.readAllBytes(gateway.dataDir().resolve(((TextMessage) message).getText())));
            assertNull(received.receive(1000), "a second intake message for one JMS message");
        }
    }

    @Test
    void a_text_message_is_archived_as_utf8() throws Exception {
        String name = "FHL-" + UUID.randomUUID();
        TextMessage filing = carrierSession.createTextMessage("FHL/5\nMBI/014-12345675LHRYYZ/T2K25.0\nCNE/Société Générale\n");
        filing.setStringProperty(JmsFilings.FILE_NAME_PROPERTY, name);
        try (MessageConsumer received = receivedNamed(name)) {
            send("partner.carrier.filings", filing);
            Message message = received.receive(ARRIVAL_MS);
            assertNotNull(message);
            assertEquals(filing.getText(),
                    Files.readString(gateway.dataDir().resolve(((TextMessage) message).getText()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void a_message_without_a_body_is_answered_on_the_reply_queue_and_kept() throws Exception {
        String name = "EMPTY-" + UUID.randomUUID();
        BytesMessage empty = carrierSession.createBytesMessage();
        empty.setStringProperty(JmsFilings.FILE_NAME_PROPERTY, name);

        Message reply = sendAndAwaitReply(empty, name);

        assertEquals("REJECTED", reply.getStringProperty(IntakeHeaders.OUTCOME));
        assertEquals("the message has no body", reply.getStringProperty(IntakeHeaders.OUTCOME_REASON));
        assertTrue(((TextMessage) reply).getText().contains("Reason: the message has no body"));
        String receiptId = reply.getStringProperty(IntakeHeaders.RECEIPT_ID);
        assertTrue(Files.readString(gateway.dataDir().resolve("error/carrier/" + receiptId + ".reason.txt"))
                .contains("reason: the message has no body"));
        try (MessageConsumer received = receivedNamed(name)) {
            assertNull(received.receive(500), "an empty message went on to intake");
        }
    }

    @Test
    void a_message_naming_another_partner_is_refused() throws Exception {
        String name = "GHOST-" + UUID.randomUUID();
        TextMessage filing = carrierSession.createTextMessage("FWB/17\n");
        filing.setStringProperty(JmsFilings.FILE_NAME_PROPERTY, name);
        filing.setStringProperty(IntakeHeaders.PARTNER_ID, "ghost");

        Message reply = sendAndAwaitReply(filing, name);

        assertTrue(reply.getStringProperty(IntakeHeaders.OUTCOME_REASON).contains("names partner 'ghost'"),
                reply.getStringProperty(IntakeHeaders.OUTCOME_REASON));
    }

    @Test
    void a_partner_may_not_put_messages_on_another_partners_queue() throws Exception {
        try (Session session = asCarrier.createSession(false, Session.AUTO_ACKNOWLEDGE)) {
            // the broker refuses as soon as the producer is made, before any message is sent
            assertThrows(JMSSecurityException.class, () -> session
                    .createProducer(session.createQueue("partner.other.filings"))
                    .send(session.createTextMessage("FWB/17")));
        }
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThrows(JMSSecurityException.class, () -> gateway.jms("carrier", "not-the-password").close());
    }

    private static Message sendAndAwaitReply(Message filing, String name) throws JMSException {
        try (MessageConsumer replies = carrierSession.createConsumer(
                carrierSession.createQueue("partner.carrier.replies"), "originalName = '" + name + "'")) {
            send("partner.carrier.filings", filing);
            Message reply = replies.receive(ARRIVAL_MS);
            assertNotNull(reply, "no reply on the partner's reply queue");
            return reply;
        }
    }

    private static void send(String queue, Message message) throws JMSException {
        try (MessageProducer producer = carrierSession.createProducer(carrierSession.createQueue(queue))) {
            producer.send(message);
        }
    }

    private static MessageConsumer receivedNamed(String name) throws JMSException {
        return RunningGateway.receivedNamed(gatewaySession, name);
    }
}
