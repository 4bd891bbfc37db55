package org.borderedi.gateway.intake;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.sshd.sftp.client.SftpClient;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.runtime.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files dropped by a partner over SFTP, through the real server and broker, into intake messages. */
class SftpIntakeTest {

    private static final String PASSWORD = "acme-test-password";
    private static final Duration ARRIVAL = Duration.ofSeconds(20);

    @TempDir
    static Path tmp;

    private static RunningGateway gateway;
    private static Connection jms;
    private static Session session;

    @BeforeAll
    static void startGateway() throws Exception {
        gateway = RunningGateway.start(tmp.resolve("data"), RegistryYaml.of(RegistryYaml.sftpForwarder("acme", PASSWORD)),
                Map.of("gateway.intake.max-file-mib", "1", RunningGateway.PROCESSING, "false"));
        jms = gateway.jmsAsGateway();
        session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        jms.close();
        gateway.close();
    }

    @Test
    void a_complete_upload_yields_exactly_one_intake_message_with_the_same_bytes() throws Exception {
        String name = "MANIFEST-" + UUID.randomUUID() + ".edi";
        byte[] content = "ISA*00*          *00*          *ZZ*ACMEFWD        *ZZ*BORDERGW       *261122*1412*U*00401*000000001*0*P*>~"
                .getBytes(StandardCharsets.US_ASCII);
        try (SftpClient sftp = gateway.sftp("acme", PASSWORD)) {
            upload(sftp, "inbound/" + name, content);
        }

        try (MessageConsumer received = receivedNamed(name)) {
            Message message = received.receive(ARRIVAL.toMillis());
            assertNotNull(message, "no intake message for " + name);
            assertEquals("acme", message.getStringProperty(IntakeHeaders.PARTNER_ID));
            assertEquals("sftp", message.getStringProperty(IntakeHeaders.CHANNEL));
            assertEquals(content.length, message.getLongProperty(IntakeHeaders.SIZE_BYTES));
            assertEquals(sha256(content), message.getStringProperty(IntakeHeaders.SHA256));
            String receiptId = message.getStringProperty(IntakeHeaders.RECEIPT_ID);
            assertTrue(ReceiptIds.isWellFormed(receiptId), receiptId);
            assertTrue(Instant.parse(message.getStringProperty(IntakeHeaders.RECEIVED_AT)).isBefore(Instant.now()));
            String reference = ((TextMessage) message).getText();
            assertTrue(reference.startsWith("archive/acme/") && reference.endsWith(receiptId), reference);
            assertArrayEquals(content, Files.readAllBytes(gateway.dataDir().resolve(reference)));

            assertNull(received.receive(1500), "a second intake message for the same upload");
        }
        assertFalse(Files.exists(gateway.folders("acme").inbound().resolve(name)), "the upload left the partner's folder");
    }

    @Test
    void an_upload_under_a_temporary_name_is_taken_at_the_rename() throws Exception {
        String name = "RENAMED-" + UUID.randomUUID() + ".edi";
        try (SftpClient sftp = gateway.sftp("acme", PASSWORD); MessageConsumer received = receivedNamed(name)) {
            upload(sftp, "inbound/" + name + ".part", "ST*309*0001~".getBytes(StandardCharsets.US_ASCII));
            assertNull(received.receive(1500), "taken while still under its temporary name");

            sftp.rename("inbound/" + name + ".part", "inbound/" + name);

            assertNotNull(received.receive(ARRIVAL.toMillis()), "not taken after the rename");
        }
    }

    @Test
    void a_half_written_upload_is_not_taken_until_it_is_complete() throws Exception {
        String name = "SLOW-" + UUID.randomUUID() + ".edi";
        byte[] first = "ISA*first half~".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "GS*second half~IEA*1*000000001~".getBytes(StandardCharsets.US_ASCII);
        try (SftpClient sftp = gateway.sftp("acme", PASSWORD); MessageConsumer received = receivedNamed(name)) {
            try (OutputStream out = sftp.write("inbound/" + name)) {
                out.write(first);
                out.flush();
                // the first half sits on disk, older than the quiet period, while the handle stays open
                await().atMost(ARRIVAL).until(() -> Files.size(gateway.folders("acme").inbound().resolve(name)) == first.length);
                assertNull(received.receive(1500), "taken while still being written");
                out.write(second);
            }
            Message message = received.receive(ARRIVAL.toMillis());
            assertNotNull(message, "not taken once complete");
            byte[] whole = new byte[first.length + second.length];
            System.arraycopy(first, 0, whole, 0, first.length);
            System.arraycopy(second, 0, whole, first.length, second.length);
            assertArrayEquals(whole, Files.readAllBytes(gateway.dataDir().resolve(((TextMessage) message).getText())));
        }
    }

    @Test
    void an_empty_file_is_refused_kept_for_the_operator_and_the_partner_is_told_why() throws Exception {
        String name = "EMPTY-" + UUID.randomUUID() + ".edi";
        try (SftpClient sftp = gateway.sftp("acme", PASSWORD); MessageConsumer received = receivedNamed(name)) {
            upload(sftp, "inbound/" + name, new byte[0]);

            String notice = await().atMost(ARRIVAL).until(() -> noticeAbout(sftp, name), text -> text != null);
            assertTrue(notice.contains("Reason: the file is empty"), notice);
            assertNull(received.receive(500), "an empty file went on to intake");
        }
        try (Stream<Path> kept = Files.list(gateway.dataDir().resolve("error/acme"))) {
            assertTrue(kept.anyMatch(p -> p.getFileName().toString().endsWith(".reason.txt") && read(p).contains("original name: " + name)));
        }
    }

    @Test
    void an_upload_over_the_size_limit_is_refused_while_it_is_written() throws Exception {
        String name = "HUGE-" + UUID.randomUUID() + ".edi";
        try (SftpClient sftp = gateway.sftp("acme", PASSWORD); MessageConsumer received = receivedNamed(name)) {
            IOException refused = assertThrows(IOException.class,
                    () -> upload(sftp, "inbound/" + name, new byte[1024 * 1024 + 1]));
            assertTrue(String.valueOf(refused.getMessage()).contains("1048576"), refused.getMessage());

            String notice = await().atMost(ARRIVAL).until(() -> noticeAbout(sftp, name), text -> text != null);
            assertTrue(notice.contains("1048576"), notice);
            assertNull(received.receive(500), "an oversize upload went on to intake");
        }
    }

    private MessageConsumer receivedNamed(String name) throws Exception {
        return RunningGateway.receivedNamed(session, name);
    }

    private static void upload(SftpClient sftp, String path, byte[] content) throws IOException {
        try (OutputStream out = sftp.write(path, EnumSet.of(SftpClient.OpenMode.Write, SftpClient.OpenMode.Create,
                SftpClient.OpenMode.Truncate))) {
            out.write(content);
        }
    }

    /** The partner's view: the notice it finds in its outbound folder about a file, if any yet. */
    private static String noticeAbout(SftpClient sftp, String name) throws IOException {
        for (SftpClient.DirEntry entry : sftp.readDir("outbound")) {
            if (entry.getFilename().endsWith(".intake-rejected.txt")) {
                try (var in = sftp.read("outbound/" + entry.getFilename())) {
                    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (text.contains(name)) {
                        return text;
                    }
                }
            }
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
