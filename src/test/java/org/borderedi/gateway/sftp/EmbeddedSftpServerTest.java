package org.borderedi.gateway.sftp;

import static org.awaitility.Awaitility.await;
import static org.borderedi.gateway.sftp.SftpTestBench.ACME_PASSWORD;
import static org.borderedi.gateway.sftp.SftpTestBench.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logins, host key pinning and the SFTP-only surface of the embedded server, over real TCP connections. */
class EmbeddedSftpServerTest {

    @TempDir
    Path workDir;

    private SftpTestBench bench;

    @BeforeEach
    void startServer() {
        bench = new SftpTestBench(workDir, 1024 * 1024);
    }

    @AfterEach
    void stopServer() {
        bench.close();
    }

    @Test
    void refuses_to_start_when_its_port_is_taken() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            EmbeddedSftpServer second = new EmbeddedSftpServer(new SftpServerSettings("127.0.0.1", taken.getLocalPort(),
                    workDir.resolve("second-host-key"), workDir.resolve("second"), 1024), bench.registry, new UploadTracker());
            Exception refused = assertThrows(Exception.class, second::start);
            assertTrue(String.valueOf(refused.getMessage()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    refused.getMessage());
            assertFalse(second.isListening());
        }
    }

    @Test
    void logs_in_with_the_partners_password() throws IOException {
        try (ClientSession session = bench.loginWithPassword("acme", ACME_PASSWORD)) {
            assertTrue(session.isAuthenticated());
        }
    }

    @Test
    void logs_in_with_an_authorized_public_key() throws IOException {
        try (ClientSession session = bench.loginWithKey("acme", bench.acmeKey)) {
            assertTrue(session.isAuthenticated());
        }
    }

    @Test
    void refuses_a_wrong_password() {
        assertThrows(IOException.class, () -> bench.loginWithPassword("acme", "not-the-acme-password"));
    }

    @Test
    void refuses_another_partners_password() {
        assertThrows(IOException.class, () -> bench.loginWithPassword("acme", SftpTestBench.BRAVO_PASSWORD));
    }

    @Test
    void refuses_an_unknown_user() {
        assertThrows(IOException.class, () -> bench.loginWithPassword("nobody", ACME_PASSWORD));
    }

    @Test
    void refuses_a_partner_whose_channel_is_not_the_embedded_sftp_server() {
        assertThrows(IOException.class, () -> bench.loginWithPassword("carrier", "carrier-secret-password"));
    }

    @Test
    void refuses_a_key_that_is_not_authorized() {
        assertThrows(IOException.class, () -> bench.loginWithKey("acme", SftpTestBench.newClientKey()));
    }

    @Test
    void refuses_another_partners_key() {
        assertThrows(IOException.class, () -> bench.loginWithKey("acme", bench.bravoKey));
    }

    @Test
    void logs_one_warning_per_refused_login_and_never_the_password() throws IOException {
        try (CapturedLog log = new CapturedLog()) {
            assertThrows(IOException.class, () -> bench.loginWithPassword("acme", "wrong-password-123"));
            assertThrows(IOException.class, () -> bench.loginWithPassword("nobody", "unknown-user-password"));
            try (ClientSession session = bench.loginWithPassword("acme", ACME_PASSWORD)) {
                assertTrue(session.isAuthenticated());
            }

            await().atMost(TIMEOUT).until(() -> log.lines(Level.INFO).stream().anyMatch(l -> l.contains("SFTP login:")));
            List<String> warnings = log.lines(Level.WARN);
            assertEquals(2, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).contains("'acme'") && warnings.get(0).contains("127.0.0.1")
                    && warnings.get(0).contains("password") && warnings.get(0).contains("wrong password"), warnings.get(0));
            assertTrue(warnings.get(1).contains("'nobody'") && warnings.get(1).contains("unknown user"), warnings.get(1));
            List<String> logins = log.lines(Level.INFO).stream().filter(l -> l.contains("SFTP login:")).toList();
            assertEquals(1, logins.size(), logins::toString);
            assertTrue(logins.get(0).contains("'acme'") && logins.get(0).contains("by password"), logins.get(0));
            assertFalse(log.all().stream().anyMatch(l -> l.contains("wrong-password-123")
                    || l.contains("unknown-user-password") || l.contains(ACME_PASSWORD)));
        }
    }

    @Test
    void logs_a_single_line_for_a_public_key_login() throws IOException {
        try (CapturedLog log = new CapturedLog(); ClientSession session = bench.loginWithKey("acme", bench.acmeKey)) {
            assertTrue(session.isAuthenticated());
            await().atMost(TIMEOUT).until(() -> !log.lines(Level.INFO).isEmpty());
            List<String> logins = log.lines(Level.INFO).stream().filter(l -> l.contains("SFTP login:")).toList();
            assertEquals(1, logins.size(), logins::toString);
            assertTrue(logins.get(0).contains("by publickey " + KeyUtils.getFingerPrint(bench.acmeKey.getPublic())),
                    logins.get(0));
            assertTrue(log.lines(Level.WARN).isEmpty(), () -> log.lines(Level.WARN).toString());
        }
    }

    @Test
    void cuts_a_connection_off_after_a_few_authentication_attempts() throws IOException {
        try (CapturedLog log = new CapturedLog()) {
            ClientSession session = bench.tryPasswords("acme", 12);
            assertFalse(session.isAuthenticated());
            await().atMost(TIMEOUT).until(session::isClosed);
            long refused = log.lines(Level.WARN).stream().filter(l -> l.contains("wrong password")).count();
            assertTrue(refused <= EmbeddedSftpServer.MAX_AUTH_REQUESTS + 1, "refused attempts: " + refused);
        }
    }

    @Test
    void presents_the_same_host_key_after_a_restart() throws Exception {
        PublicKey first = bench.server.hostKey();
        int port = bench.server.port();
        Path knownHosts = workDir.resolve("known_hosts");
        Files.writeString(knownHosts, bench.server.knownHostsLine() + "\n");
        bench.close();

        EmbeddedSftpServer restarted = new EmbeddedSftpServer(
                new SftpServerSettings("127.0.0.1", port, bench.hostKeyFile, bench.partnersRoot, 1024),
                bench.registry, new UploadTracker());
        SshClient pinned = SshClient.setUpDefaultClient();
        pinned.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        try {
            restarted.start();
            assertTrue(KeyUtils.compareKeys(first, restarted.hostKey()));
            pinned.start();
            try (ClientSession session = pinned.connect("acme", "127.0.0.1", port).verify(TIMEOUT).getSession()) {
                session.addPasswordIdentity(ACME_PASSWORD);
                session.auth().verify(TIMEOUT);
                assertTrue(session.isAuthenticated());
            }
        } finally {
            pinned.stop();
            restarted.stop();
        }
    }

    @Test
    void a_client_pinned_to_another_key_does_not_connect() throws IOException {
        Path knownHosts = workDir.resolve("known_hosts");
        String otherKey = PublicKeyEntry.toString(SftpTestBench.newClientKey().getPublic());
        Files.writeString(knownHosts, "[127.0.0.1]:" + bench.server.port() + " " + otherKey + "\n");
        SshClient pinned = SshClient.setUpDefaultClient();
        pinned.setServerKeyVerifier(new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, knownHosts));
        pinned.start();
        try {
            assertThrows(IOException.class, () -> {
                try (ClientSession session = pinned.connect("acme", "127.0.0.1", bench.server.port())
                        .verify(TIMEOUT).getSession()) {
                    session.addPasswordIdentity(ACME_PASSWORD);
                    session.auth().verify(TIMEOUT);
                }
            });
        } finally {
            pinned.stop();
        }
    }

    @Test
    void offers_sftp_but_no_shell_and_no_commands() throws IOException {
        try (ClientSession session = bench.loginWithPassword("acme", ACME_PASSWORD)) {
            try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                assertTrue(sftp.isOpen());
            }
            // ask for replies, so that a refused request closes the channel instead of leaving it idle
            CoreModuleProperties.REQUEST_EXEC_REPLY.set(session, true);
            CoreModuleProperties.REQUEST_SHELL_REPLY.set(session, true);
            try (ChannelExec exec = session.createExecChannel("ls /")) {
                exec.open().verify(TIMEOUT);
                assertTrue(exec.waitFor(List.of(ClientChannelEvent.CLOSED), TIMEOUT).contains(ClientChannelEvent.CLOSED));
                assertNull(exec.getExitStatus());
            }
            try (ChannelShell shell = session.createShellChannel()) {
                shell.open().verify(TIMEOUT);
                assertTrue(shell.waitFor(List.of(ClientChannelEvent.CLOSED), TIMEOUT).contains(ClientChannelEvent.CLOSED));
                assertNull(shell.getExitStatus());
            }
        }
    }

    @Test
    void refuses_tcp_forwarding() throws IOException {
        try (ClientSession session = bench.loginWithPassword("acme", ACME_PASSWORD)) {
            SshdSocketAddress target = new SshdSocketAddress("127.0.0.1", bench.server.port());
            assertThrows(IOException.class, () -> session.createDirectTcpipChannel(
                    new SshdSocketAddress("127.0.0.1", 0), target).open().verify(TIMEOUT));
            assertThrows(IOException.class, () -> session.startRemotePortForwarding(
                    new SshdSocketAddress("127.0.0.1", 0), target));
        }
    }

    @Test
    void creates_inbound_and_outbound_for_every_sftp_partner_only() {
        for (String partner : List.of("acme", "bravo")) {
            assertTrue(Files.isDirectory(bench.folders(partner).inbound()), partner);
            assertTrue(Files.isDirectory(bench.folders(partner).outbound()), partner);
        }
        assertFalse(Files.exists(bench.partnersRoot.resolve("carrier")));
    }

    @Test
    void gives_a_known_hosts_line_with_host_port_and_key() {
        String line = bench.server.knownHostsLine();
        assertTrue(line.startsWith("[127.0.0.1]:" + bench.server.port() + " ecdsa-sha2-nistp256 AAAA"), line);
        assertTrue(bench.server.isListening());
        assertEquals(2, bench.server.partnerCount());
    }
}
