package org.borderedi.gateway.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.borderedi.gateway.intake.IntakeHeaders;
import org.borderedi.gateway.journal.JournaledFiling;
import org.borderedi.gateway.journal.OutboundDocument;
import org.borderedi.gateway.journal.StoppedGatewayJournal;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.runtime.GatewayProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the gateway (SIGKILL, a separate JVM, its embedded broker with it) after an answer for a JMS filer was sent
 * to its reply queue and journaled as delivered, before the broker transaction committed, and starts it again: the
 * carrier reads every answer of its filing on its reply queue, each once.
 */
class ReplyQueueCrashTest {

    private static final String PASSWORD = "carrier-test-password";
    private static final String GATEWAY_PASSWORD = "reply-crash-test-gateway-password";
    private static final Path SAMPLE = Path.of("edi-samples/cargo-imp/fwb17-general.txt");
    private static final Duration OUTCOME = Duration.ofSeconds(60);
    /** How long to wait for an answer that must not come. */
    private static final Duration EXTRAS = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @Test
    void an_answer_journaled_as_sent_when_the_gateway_is_killed_reaches_the_reply_queue_once_after_the_restart()
            throws Exception {
        Path data = work.resolve("data");
        int brokerPort = GatewayProcess.freePort();
        Path config = GatewayProcess.testConfig(work.resolve("gateway.properties"), GATEWAY_PASSWORD, brokerPort,
                GatewayProcess.freePort(), GatewayProcess.freePort());
        Path registry = Files.writeString(work.resolve("partners.yaml"),
                RegistryYaml.of(RegistryYaml.jmsCarrier("carrier", "618", PASSWORD)));
        Map<String, String> environment = Map.of(
                "GATEWAY_DATA_DIR", data.toString(), "GATEWAY_PARTNERS_FILE", registry.toString());

        String firstLog;
        try (GatewayProcess first = GatewayProcess.start(work, config, environment, Optional.of("outbound.replied"),
                "first.log")) {
            try (Connection carrier = carrierConnection(brokerPort)) {
                Session session = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue("partner.carrier.filings"))
                        .send(session.createTextMessage(Files.readString(SAMPLE)));
            }
            first.awaitFailpoint("outbound.replied", OUTCOME);
            first.kill();
            firstLog = first.logText();
        }

        List<String> replies = new ArrayList<>();
        Set<String> receipts = new TreeSet<>();
        String secondLog;
        try (GatewayProcess second = GatewayProcess.start(work, config, environment, Optional.empty(), "second.log");
                Connection carrier = carrierConnection(brokerPort)) {
            Session session = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer replyQueue = session.createConsumer(session.createQueue("partner.carrier.replies"));
            for (Message reply = replyQueue.receive(OUTCOME.toMillis()); reply != null;
                    reply = replyQueue.receive(EXTRAS.toMillis())) {
                replies.add(reply.getStringProperty(OutboundHeaders.FILE_NAME));
                receipts.add(reply.getStringProperty(IntakeHeaders.RECEIPT_ID));
            }
            secondLog = second.logText();
        }

        String failure = firstLog + "\n--- after the restart:\n" + secondLog;
        assertFalse(replies.isEmpty(), "no answer reached the reply queue:\n" + failure);
        assertEquals(1, receipts.size(), "answers about " + receipts + "\n" + failure);
        JournaledFiling filing = StoppedGatewayJournal.filings(data).find(receipts.iterator().next()).orElseThrow();
        assertEquals(filing.documents().stream().map(OutboundDocument::fileName).sorted().toList(),
                replies.stream().sorted().toList(), "each journaled answer once on the reply queue:\n" + failure);
    }

    private static Connection carrierConnection(int brokerPort) throws Exception {
        Connection connection = new ActiveMQConnectionFactory("carrier", PASSWORD, "tcp://127.0.0.1:" + brokerPort)
                .createConnection();
        connection.start();
        return connection;
    }
}
