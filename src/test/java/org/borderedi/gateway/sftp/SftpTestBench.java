package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.RequiredServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.TestPartners;

/**
 * A real embedded SFTP server on 127.0.0.1 (any free port) with two forwarders, acme and bravo, and a carrier on JMS,
 * plus an SSHD client that trusts only that server's host key.
 */
final class SftpTestBench implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final String ACME_PASSWORD = "acme-secret-password";
    static final String BRAVO_PASSWORD = "bravo-secret-password";

    final Path partnersRoot;
    final Path hostKeyFile;
    final KeyPair acmeKey = newClientKey();
    final KeyPair bravoKey = newClientKey();
    final PartnerRegistry registry = TestPartners.registry(
            TestPartners.sftpForwarder("acme", ACME_PASSWORD, acmeKey.getPublic()),
            TestPartners.sftpForwarder("bravo", BRAVO_PASSWORD, bravoKey.getPublic()),
            TestPartners.jmsCarrier("carrier", "carrier-secret-password"));
    final UploadTracker uploads = new UploadTracker();
    final EmbeddedSftpServer server;
    private final SshClient client = SshClient.setUpDefaultClient();

    SftpTestBench(Path workDir, long maxUploadBytes) {
        partnersRoot = workDir.resolve("partners");
        hostKeyFile = workDir.resolve("keys/sftp-host-key");
        server = new EmbeddedSftpServer(
                new SftpServerSettings("127.0.0.1", 0, hostKeyFile, partnersRoot, maxUploadBytes), registry, uploads);
        server.start();
        client.setServerKeyVerifier(new RequiredServerKeyVerifier(server.hostKey()));
        client.start();
    }

    /** A partner's key pair: Ed25519, the type most partners use (SSHD reads it through BouncyCastle). */
    static KeyPair newClientKey() {
        return TestPartners.newKeyPair();
    }

    PartnerFolders folders(String partnerId) {
        return PartnerFolders.of(partnersRoot, partnerId);
    }

    ClientSession loginWithPassword(String user, String password) throws IOException {
        ClientSession session = connect(user);
        session.addPasswordIdentity(password);
        return authenticate(session);
    }

    ClientSession loginWithKey(String user, KeyPair key) throws IOException {
        ClientSession session = connect(user);
        session.addPublicKeyIdentity(key);
        return authenticate(session);
    }

    /** A connection that offers several wrong passwords in turn; it is returned whatever the server did. */
    ClientSession tryPasswords(String user, int count) throws IOException {
        ClientSession session = connect(user);
        for (int i = 0; i < count; i++) {
            session.addPasswordIdentity("wrong-password-" + i);
        }
        session.auth().await(TIMEOUT);
        return session;
    }

    SftpClient sftp(String user, String password) throws IOException {
        return SftpClientFactory.instance().createSftpClient(loginWithPassword(user, password));
    }

    SftpClient acme() throws IOException {
        return sftp("acme", ACME_PASSWORD);
    }

    private ClientSession connect(String user) throws IOException {
        return client.connect(user, server.host(), server.port()).verify(TIMEOUT).getSession();
    }

    private static ClientSession authenticate(ClientSession session) throws IOException {
        try {
            session.auth().verify(TIMEOUT);
            return session;
        } catch (IOException | RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            client.stop();
        } finally {
            server.stop();
        }
    }
}
