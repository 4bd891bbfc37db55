package org.borderedi.gateway.status;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.awaitility.core.ConditionTimeoutException;
import org.borderedi.gateway.journal.FilingEvent;
import org.borderedi.gateway.journal.StoppedGatewayJournal;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.runtime.GatewayProcess;
import org.borderedi.gateway.sftp.PartnerFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the gateway (SIGKILL, a separate JVM, its embedded broker with it) once a decision from targeting and its
 * notice are journaled and before the notice is sent, and starts it again: the filer is told, once.
 */
class DecisionCrashTest {

    private static final String PASSWORD = "demofwd-test-password";
    private static final String GATEWAY_PASSWORD = "decision-crash-test-gateway-password";
    private static final Path SAMPLE = Path.of("edi-samples/x12/309-ocean-demo.edi");
    private static final Duration OUTCOME = Duration.ofSeconds(60);
    /** How long to wait for a notice that must not come. */
    private static final Duration EXTRAS = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @Test
    void a_decision_journaled_but_not_sent_when_the_gateway_is_killed_is_told_once_after_the_restart() throws Exception {
        Path data = work.resolve("data");
        int brokerPort = GatewayProcess.freePort();
        int sftpPort = GatewayProcess.freePort();
        // the test decides itself, as an agency's targeting system would
        Path config = GatewayProcess.testConfig(work.resolve("gateway.properties"), GATEWAY_PASSWORD, brokerPort, sftpPort,
                GatewayProcess.freePort(), "gateway.targeting.reference-engine = false");
        Path registry = Files.writeString(work.resolve("partners.yaml"),
                RegistryYaml.of(RegistryYaml.sftpForwarder("demofwd", PASSWORD)));
        Map<String, String> environment = Map.of(
                "GATEWAY_DATA_DIR", data.toString(), "GATEWAY_PARTNERS_FILE", registry.toString());
        Path outbound = PartnerFolders.of(data.resolve("sftp").resolve("partners"), "demofwd").outbound();

        String receiptId;
        String firstLog;
        try (GatewayProcess first = GatewayProcess.start(work, config, environment, Optional.of("decision.journaled"),
                "first.log")) {
            try (Connection jms = gatewayConnection(brokerPort)) {
                Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
                GatewayProcess.upload(sftpPort, "demofwd", PASSWORD, "inbound/MANIFEST.edi", Files.readAllBytes(SAMPLE));
                Message shipment = session.createConsumer(session.createQueue("targeting.filings")).receive(OUTCOME.toMillis());
                assertNotNull(shipment, "the filing did not reach targeting:\n" + first.logText());
                receiptId = shipment.getStringProperty("receiptId");
                session.createProducer(session.createQueue("targeting.decisions")).send(session.createTextMessage("""
                        <decision xmlns="urn:borderedi:decision:1" id="HOLD-1" agency="CBP" kind="HOLD_PLACED"
                                  decidedAt="2026-11-23T02:00:00Z">
                          <consignment filing="%s" id="%s"/>
                        </decision>""".formatted(shipment.getStringProperty("filingId"),
                        shipment.getStringProperty("consignmentId"))));
            }
            first.awaitFailpoint("decision.journaled", OUTCOME);
            first.kill();
            firstLog = first.logText();
        }

        String secondLog;
        try (GatewayProcess second = GatewayProcess.start(work, config, environment, Optional.empty(), "second.log")) {
            try {
                await().atMost(OUTCOME).until(() -> !notices(outbound, receiptId).isEmpty());
                Thread.sleep(EXTRAS.toMillis());
            } catch (ConditionTimeoutException notTold) {
                // asserted below, with the logs
            }
            secondLog = second.logText();
        }

        String failure = firstLog + "\n--- after the restart:\n" + secondLog;
        assertEquals(1, notices(outbound, receiptId).size(), "the hold was told " + notices(outbound, receiptId) + "\n" + failure);
        List<String> kinds = StoppedGatewayJournal.filings(data).events(receiptId).stream().map(FilingEvent::kind).toList();
        assertEquals(1, kinds.stream().filter("DECISION"::equals).count(), kinds + "\n" + failure);
        assertEquals(1, kinds.stream().filter("DECISION_REPLAYED"::equals).count(), kinds + "\n" + failure);
        assertFalse(kinds.contains("DECISION_DUPLICATE"), kinds + "\n" + failure);
    }

    private static Connection gatewayConnection(int brokerPort) throws Exception {
        Connection connection = new ActiveMQConnectionFactory("gateway", GATEWAY_PASSWORD, "tcp://127.0.0.1:" + brokerPort)
                .createConnection();
        connection.start();
        return connection;
    }

    /** The files in the partner's folder about this filing that are not its acknowledgments: the notices. */
    private static List<String> notices(Path outbound, String receiptId) throws IOException {
        if (!Files.isDirectory(outbound)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbound)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(receiptId))
                    .filter(n -> !n.endsWith("-997.x12") && !n.endsWith("-355.x12")).sorted().toList();
        }
    }
}
