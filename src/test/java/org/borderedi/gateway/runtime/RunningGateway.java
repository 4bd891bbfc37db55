package org.borderedi.gateway.runtime;

import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.borderedi.gateway.broker.EmbeddedBroker;
import org.borderedi.gateway.sftp.EmbeddedSftpServer;
import org.borderedi.gateway.sftp.PartnerFolders;

/**
 * The real gateway, booted in-process on loopback with free ports, a temporary data directory and a test registry,
 * with real clients for tests: SFTP sessions over TCP, JMS connections over TCP, the health endpoint.
 */
public final class RunningGateway implements AutoCloseable {

    /** The gateway's own broker password in tests, so a test can read the gateway's queues. */
    public static final String GATEWAY_PASSWORD = "gateway-test-password";

    /** The setting that switches the reference targeting engine on (off in tests unless a test turns it on). */
    public static final String REFERENCE_ENGINE = "gateway.targeting.reference-engine";

    /** The setting that switches the filing flow on or off. */
    public static final String PROCESSING = "gateway.processing.enabled";

    /**
     * Intake alone: filings stay on {@code gateway.received} for the test to read, instead of going on through the
     * filing flow.
     */
    public static final Map<String, String> INTAKE_ONLY = Map.of(PROCESSING, "false");

    private final Main main;
    private final Path dataDir;
    private final int healthPort;
    private final SshClient ssh = SshClient.setUpDefaultClient();

    private RunningGateway(Main main, Path dataDir, int healthPort) {
        this.main = main;
        this.dataDir = dataDir;
        this.healthPort = healthPort;
        ssh.start();
    }

    /** Boots the gateway with the given registry (YAML text) and any settings that differ from application.properties. */
    public static RunningGateway start(Path dataDir, String registryYaml, Map<String, String> settings) {
        try {
            Path registry = Files.writeString(dataDir.resolveSibling(dataDir.getFileName() + "-partners.yaml"), registryYaml);
            int healthPort = freePort();
            Map<String, String> overrides = new HashMap<>(testSettings(dataDir, registry, healthPort));
            // tests read targeting.filings themselves; the reference engine would take the shipments first
            overrides.put(REFERENCE_ENGINE, "false");
            overrides.putAll(settings);
            Main main = GatewayApplication.create(Optional.empty(), overrides);
            main.start();
            RunningGateway gateway = new RunningGateway(main, dataDir, healthPort);
            await().atMost(Duration.ofSeconds(30)).until(() -> gateway.context().getStatus() == ServiceStatus.Started);
            return gateway;
        } catch (Exception e) {
            throw new IllegalStateException("the gateway did not start", e);
        }
    }

    /** Loopback, free ports, short waits: the embedded defaults, made quick for tests. */
    public static Map<String, String> testSettings(Path dataDir, Path registry, int healthPort) {
        return Map.of(
                "gateway.data-dir", dataDir.toString(),
                "gateway.partners.file", registry.toString(),
                "gateway.broker.password", GATEWAY_PASSWORD,
                "gateway.broker.embedded.port", "0",
                "gateway.broker.embedded.store-limit-mib", "512",
                "gateway.sftp.port", "0",
                "gateway.health.port", Integer.toString(healthPort),
                "gateway.intake.quiet-period-ms", "300",
                "gateway.intake.poll-interval-ms", "200",
                "gateway.broker.redelivery.initial-delay-ms", "100");
    }

    public CamelContext context() {
        return main.getCamelContext();
    }

    public Path dataDir() {
        return dataDir;
    }

    public PartnerFolders folders(String partnerId) {
        return PartnerFolders.of(dataDir.resolve("sftp").resolve("partners"), partnerId);
    }

    public int sftpPort() {
        return context().getRegistry().lookupByNameAndType("sftpServer", EmbeddedSftpServer.class).port();
    }

    public String brokerUrl() {
        return context().getRegistry().lookupByNameAndType("embeddedBroker", EmbeddedBroker.class).tcpUrl();
    }

    public String healthUrl() {
        return "http://127.0.0.1:" + healthPort + "/health";
    }

    /** An SFTP session as a partner, with a password, over TCP. */
    public SftpClient sftp(String user, String password) throws IOException {
        ClientSession session = ssh.connect(user, "127.0.0.1", sftpPort()).verify(Duration.ofSeconds(10)).getSession();
        session.addPasswordIdentity(password);
        session.auth().verify(Duration.ofSeconds(10));
        return SftpClientFactory.instance().createSftpClient(session).singleSessionInstance();
    }

    /** A started JMS connection over TCP with the given login. */
    public Connection jms(String user, String password) throws JMSException {
        Connection connection = new ActiveMQConnectionFactory(user, password, brokerUrl()).createConnection();
        connection.start();
        return connection;
    }

    /** A started JMS connection as the gateway itself, to read its internal queues. */
    public Connection jmsAsGateway() throws JMSException {
        return jms("gateway", GATEWAY_PASSWORD);
    }

    /** A consumer of the filings intake hands on, limited to the one with this original name. */
    public static MessageConsumer receivedNamed(Session session, String originalName) throws JMSException {
        return session.createConsumer(session.createQueue("gateway.received"), "originalName = '" + originalName + "'");
    }

    @Override
    public void close() {
        ssh.stop();
        try {
            main.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
