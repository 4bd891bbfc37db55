package org.borderedi.gateway.intake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.runtime.GatewayProcess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills the gateway (SIGKILL, a separate JVM) at each point of taking a file and starts it again: every time, the
 * file yields exactly one intake message, with its bytes intact.
 */
class IntakeCrashTest {

    private static final String PASSWORD = "acme-test-password";
    private static final String GATEWAY_PASSWORD = "crash-test-gateway-password";

    @TempDir
    Path work;

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {
            "after-send:gateway.intake.claims", // the claim is on its queue; the gateway takes it on while the kill comes
            "take.claimed",                     // the claim is being taken, the file not yet moved
            "take.archived",                    // the file is in the archive, the intake message not yet sent
            "after-send:gateway.intake",        // the intake message is sent, its transaction not yet committed
            "after-send:gateway.received"})     // intake has handed the filing on, not yet committed
    void a_file_being_taken_when_the_gateway_is_killed_yields_exactly_one_intake_message(String failpoint) throws Exception {
        Path data = work.resolve("data");
        int brokerPort = GatewayProcess.freePort();
        int sftpPort = GatewayProcess.freePort();
        // intake alone: its output stays on gateway.received
        Path config = GatewayProcess.testConfig(work.resolve("gateway.properties"), GATEWAY_PASSWORD, brokerPort, sftpPort,
                GatewayProcess.freePort(), "gateway.processing.enabled = false");
        Path registry = Files.writeString(work.resolve("partners.yaml"), RegistryYaml.of(RegistryYaml.sftpForwarder("acme", PASSWORD)));
        // the data directory and registry come from the environment, as an operator would override them
        Map<String, String> environment = Map.of(
                "GATEWAY_DATA_DIR", data.toString(), "GATEWAY_PARTNERS_FILE", registry.toString());
        byte[] content = ("ISA*00*crash test at " + failpoint + "~").getBytes(StandardCharsets.US_ASCII);

        String firstLog;
        try (GatewayProcess first = GatewayProcess.start(work, config, environment, Optional.of(failpoint), "first.log")) {
            GatewayProcess.upload(sftpPort, "acme", PASSWORD, "inbound/CRASH.edi", content);
            first.awaitFailpoint(failpoint, Duration.ofSeconds(30));
            first.kill();
            firstLog = first.logText();
        }

        try (GatewayProcess second = GatewayProcess.start(work, config, environment, Optional.empty(), "second.log");
                Connection jms = new ActiveMQConnectionFactory("gateway", GATEWAY_PASSWORD, "tcp://127.0.0.1:" + brokerPort)
                        .createConnection()) {
            jms.start();
            Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer received = session.createConsumer(session.createQueue("gateway.received"));
            Message message = received.receive(30_000);
            assertNotNull(message, "the file was lost:\n" + firstLog + "\n--- after the restart:\n" + second.logText()
                    + "\n--- files:\n" + filesUnder(data));
            assertEquals("CRASH.edi", message.getStringProperty(IntakeHeaders.ORIGINAL_NAME));
            assertArrayEquals(content, Files.readAllBytes(data.resolve(((TextMessage) message).getText())));
            assertNull(received.receive(3_000), "the file was filed twice");
        }
    }

    private static String filesUnder(Path data) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(data)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("kahadb"))
                    .map(data::relativize).map(Path::toString).sorted().collect(java.util.stream.Collectors.joining("\n"));
        }
    }
}
