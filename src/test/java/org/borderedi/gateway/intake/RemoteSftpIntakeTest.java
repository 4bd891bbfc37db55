package org.borderedi.gateway.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.borderedi.gateway.partners.TestPartners;
import org.borderedi.gateway.runtime.RunningGateway;
import org.borderedi.gateway.sftp.EmbeddedSftpServer;
import org.borderedi.gateway.sftp.PartnerFolders;
import org.borderedi.gateway.sftp.SftpServerSettings;
import org.borderedi.gateway.sftp.UploadTracker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filings polled from partners' own SFTP servers: real SFTP servers on loopback stand in for them (the gateway logs
 * in as the partner's user "gateway" and collects from that user's outbound/ folder).
 */
class RemoteSftpIntakeTest {

    private static final String LOGIN_PASSWORD = "p&ss+w)rd=1 %x"; // characters a URI would otherwise mangle
    private static final long ARRIVAL_MS = 20_000;

    @TempDir
    static Path tmp;

    private static EmbeddedSftpServer partnerServer;
    private static EmbeddedSftpServer spoofedServer;
    private static EmbeddedSftpServer lateServer;
    private static int latePort;
    private static RunningGateway gateway;
    private static Connection jms;
    private static Session session;

    @BeforeAll
    static void start() throws Exception {
        partnerServer = partnerServer("partner-server", 0);
        // the late partner's server: started once to make its host key, then down while the gateway starts
        latePort = freePort();
        lateServer = partnerServer("late-server", latePort);
        String lateKnownHost = lateServer.knownHostsLine();
        lateServer.stop();

        // a server whose host key is not the one the registry pins for it (a server in the middle, say)
        spoofedServer = partnerServer("spoofed-server", 0);
        String otherKey = TestPartners.openSshLine(TestPartners.newKeyPair().getPublic());
        String spoofedKnownHost = "[127.0.0.1]:" + spoofedServer.port() + " " + otherKey.substring(0, otherKey.lastIndexOf(' '));
        gateway = RunningGateway.start(tmp.resolve("data"), """
                partners:
                  - id: remote-co
                    name: Remote Co
                    kind: forwarder
                    identities: {x12: ["ZZ:REMOTECO"]}
                    channel:
                      type: remote-sftp
                      host: 127.0.0.1
                      port: %1$d
                      user: gateway
                      password: "%2$s"
                      known-host: "%3$s"
                      inbound-dir: outbound
                      outbound-dir: inbound
                    formats: [x12-309]
                  - id: spoofed-co
                    name: Spoofed Co
                    kind: forwarder
                    identities: {x12: ["ZZ:SPOOFED"]}
                    channel:
                      type: remote-sftp
                      host: 127.0.0.1
                      port: %7$d
                      user: gateway
                      password: "%2$s"
                      known-host: "%4$s"
                      inbound-dir: outbound
                      outbound-dir: inbound
                    formats: [x12-309]
                  - id: late-co
                    name: Late Co
                    kind: forwarder
                    identities: {x12: ["ZZ:LATECO"]}
                    channel:
                      type: remote-sftp
                      host: 127.0.0.1
                      port: %5$d
                      user: gateway
                      password: "%2$s"
                      known-host: "%6$s"
                      inbound-dir: outbound
                      outbound-dir: inbound
                    formats: [x12-309]
                """.formatted(partnerServer.port(), LOGIN_PASSWORD, partnerServer.knownHostsLine(), spoofedKnownHost,
                latePort, lateKnownHost, spoofedServer.port()), RunningGateway.INTAKE_ONLY);
        jms = gateway.jmsAsGateway();
        session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterAll
    static void stop() throws Exception {
        jms.close();
        gateway.close();
        partnerServer.stop();
        spoofedServer.stop();
        lateServer.stop();
    }

    @Test
    void a_file_on_the_partners_server_is_taken_and_removed_there() throws Exception {
        String name = "REMOTE-" + UUID.randomUUID() + ".edi";
        byte[] content = "ISA*00*remote filing~".getBytes(StandardCharsets.US_ASCII);
        Path remote = Files.write(collectFolder("partner-server").resolve(name), content);

        try (MessageConsumer received = receivedNamed(name)) {
            Message message = received.receive(ARRIVAL_MS);
            assertNotNull(message, "not taken from the partner's server");
            assertEquals("remote-co", message.getStringProperty(IntakeHeaders.PARTNER_ID));
            assertEquals("remote-sftp", message.getStringProperty(IntakeHeaders.CHANNEL));
            assertArrayEquals(content, Files.readAllBytes(gateway.dataDir().resolve(((TextMessage) message).getText())));
            assertNull(received.receive(1500), "taken twice");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !Files.exists(remote));
    }

    @Test
    void a_server_whose_host_key_is_not_the_pinned_one_is_never_trusted() throws Exception {
        String name = "PINNED-" + UUID.randomUUID() + ".edi";
        Path remote = Files.writeString(collectFolder("spoofed-server").resolve(name), "ISA*00*not for this server~");
        try (MessageConsumer received = receivedNamed(name)) {
            // several polls go by: the gateway refuses the server's key every time and downloads nothing
            assertNull(received.receive(5_000), "taken from a server whose host key is not the pinned one");
        }
        assertTrue(Files.exists(remote));
    }

    @Test
    void a_partner_server_that_is_down_at_start_up_is_polled_once_it_is_up() throws Exception {
        String name = "LATE-" + UUID.randomUUID() + ".edi";
        try (MessageConsumer received = receivedNamed(name)) {
            lateServer = partnerServer("late-server", latePort);
            Files.writeString(collectFolder("late-server").resolve(name), "ISA*00*late~");
            Message message = received.receive(60_000);
            assertNotNull(message, "not taken once the partner's server was up");
            assertEquals("late-co", message.getStringProperty(IntakeHeaders.PARTNER_ID));
        }
    }

    /** A partner's own SFTP server, on which the gateway has the login "gateway". */
    private static EmbeddedSftpServer partnerServer(String name, int port) {
        EmbeddedSftpServer server = new EmbeddedSftpServer(
                new SftpServerSettings("127.0.0.1", port, tmp.resolve(name + "-host-key"), tmp.resolve(name), 1_000_000),
                TestPartners.registry(TestPartners.sftpForwarder("gateway", LOGIN_PASSWORD)), new UploadTracker());
        server.start();
        return server;
    }

    /** Where the partner's server holds files for the gateway to collect. */
    private static Path collectFolder(String server) {
        return PartnerFolders.of(tmp.resolve(server), "gateway").outbound();
    }

    private static MessageConsumer receivedNamed(String name) throws Exception {
        return RunningGateway.receivedNamed(session, name);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
