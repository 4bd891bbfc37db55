package org.borderedi.gateway.sftp;

import static org.awaitility.Awaitility.await;
import static org.borderedi.gateway.sftp.SftpTestBench.TIMEOUT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.client.SftpVersionSelector;
import org.apache.sshd.sftp.client.extensions.CopyFileExtension;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** What a logged-in partner can and cannot do in its folder (and outside it), through a real SFTP client. */
class PartnerFolderGuardTest {

    private static final int LIMIT = 64 * 1024;
    private static final byte[] ACK = "ISA*00*...~IEA*1*000000001~".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path workDir;

    private SftpTestBench bench;
    private PartnerFolders acme;
    private PartnerFolders bravo;
    private SftpClient sftp;

    @BeforeEach
    void startServer() throws IOException {
        bench = new SftpTestBench(workDir, LIMIT);
        acme = bench.folders("acme");
        bravo = bench.folders("bravo");
        Files.write(bravo.outbound().resolve("ack.edi"), ACK);
        sftp = bench.acme();
    }

    @AfterEach
    void stopServer() throws IOException {
        sftp.close();
        bench.close();
    }

    @Test
    void an_upload_lands_byte_identical_in_the_partners_inbound() throws IOException {
        byte[] filing = randomBytes(50_000);
        upload("/inbound/cuscar-0001.edi", filing);
        assertArrayEquals(filing, Files.readAllBytes(acme.inbound().resolve("cuscar-0001.edi")));
    }

    @Test
    void a_relative_upload_lands_in_inbound_too() throws IOException {
        upload("inbound/relative.edi", ACK);
        assertArrayEquals(ACK, Files.readAllBytes(acme.inbound().resolve("relative.edi")));
    }

    @Test
    void shows_the_partner_only_its_inbound_and_outbound() throws IOException {
        assertEquals(Set.of("inbound", "outbound"), names("/"));
        assertEquals("/", sftp.canonicalPath(".."));
        assertEquals("/", sftp.canonicalPath("/inbound/../.."));
    }

    @Test
    void cannot_list_read_or_write_another_partners_folders() throws IOException {
        Path bravoInbound = bravo.inbound().toRealPath();
        Path bravoAck = bravo.outbound().resolve("ack.edi").toRealPath();
        List<Executable> attempts = List.of(
                () -> names("../bravo/inbound"),
                () -> names("/inbound/../../bravo/outbound"),
                () -> names(bravoInbound.toString()),
                () -> names("/etc"),
                () -> download("/bravo/outbound/ack.edi"),
                () -> download("../bravo/outbound/ack.edi"),
                () -> download(bravoAck.toString()),
                () -> download("/etc/passwd"),
                () -> sftp.stat(bravoAck.toString()),
                () -> upload("../bravo/inbound/forged.edi", ACK),
                () -> upload("/bravo/inbound/forged.edi", ACK),
                () -> upload(bravoInbound.resolve("forged.edi").toString(), ACK),
                () -> sftp.remove("../bravo/outbound/ack.edi"),
                () -> sftp.remove(bravoAck.toString()));
        for (Executable attempt : attempts) {
            assertThrows(SftpException.class, attempt);
        }
        assertBravoUntouched();
        assertEquals(Set.of("inbound", "outbound"), names("/"));
    }

    @Test
    void refuses_to_create_symbolic_or_hard_links() throws IOException {
        upload("/inbound/mine.edi", ACK);
        assertRefused(() -> sftp.symLink("/inbound/link.edi", "/inbound/mine.edi"), "links");
        assertRefused(() -> sftp.symLink("/inbound/escape", bravo.inbound().toString()), "links");
        try (SftpClient v6 = SftpClientFactory.instance()
                .createSftpClient(bench.loginWithPassword("acme", SftpTestBench.ACME_PASSWORD), SftpVersionSelector.MAXIMUM)) {
            assertRefused(() -> v6.link("/inbound/hard.edi", "/inbound/mine.edi", false), "links");
        }
        try (Stream<Path> inbound = Files.list(acme.inbound())) {
            assertEquals(List.of(acme.inbound().resolve("mine.edi")), inbound.toList());
        }
    }

    @Test
    void a_link_planted_on_disk_cannot_lead_to_another_partner() throws IOException {
        Files.createSymbolicLink(acme.root().resolve("bravo-root"), bravo.root());
        Files.createSymbolicLink(acme.inbound().resolve("drop"), bravo.inbound());
        Files.createSymbolicLink(acme.outbound().resolve("ack-link.edi"), bravo.outbound().resolve("ack.edi"));
        // a link to a file that does not exist yet: writing through it would create the file in bravo's inbound
        Files.createSymbolicLink(acme.inbound().resolve("new.edi"), bravo.inbound().resolve("planted.edi"));

        List<Executable> attempts = List.of(
                () -> names("/bravo-root"),
                () -> names("/bravo-root/outbound"),
                () -> names("/inbound/drop"),
                () -> sftp.stat("/bravo-root"),
                () -> sftp.stat("/outbound/ack-link.edi"),
                () -> sftp.readLink("/outbound/ack-link.edi"),
                () -> download("/outbound/ack-link.edi"),
                () -> download("/bravo-root/outbound/ack.edi"),
                () -> upload("/inbound/drop/forged.edi", ACK),
                () -> upload("/bravo-root/inbound/forged.edi", ACK),
                () -> sftp.remove("/bravo-root/outbound/ack.edi"),
                () -> sftp.rename("/inbound/drop", "/inbound/dropped"));
        for (Executable attempt : attempts) {
            assertRefused(attempt, "outside your folder");
        }
        assertRefused(() -> upload("/inbound/new.edi", ACK), "a link that leads nowhere");
        assertEquals(Set.of("inbound", "outbound"), names("/"), "links out of the root are not listed");
        assertEquals(Set.of(), names("/outbound"));
        assertEquals(Set.of(), names("/inbound"));
        assertBravoUntouched();
    }

    @Test
    void a_link_that_stays_inside_the_partners_root_can_be_read() throws IOException {
        Files.write(acme.outbound().resolve("ack-0001.edi"), ACK);
        Files.createSymbolicLink(acme.outbound().resolve("latest.edi"), acme.outbound().resolve("ack-0001.edi"));
        assertArrayEquals(ACK, download("/outbound/latest.edi"));
    }

    @Test
    void refuses_writing_in_the_root_and_in_outbound() throws IOException {
        assertRefused(() -> upload("/stray.edi", ACK), "only be written in /inbound");
        assertRefused(() -> upload("/outbound/forged-ack.edi", ACK), "only be written in /inbound");
        Files.write(acme.outbound().resolve("ack.edi"), ACK);
        assertRefused(() -> upload("/outbound/ack.edi", "overwritten".getBytes(StandardCharsets.US_ASCII)),
                "only be written in /inbound");
        assertFalse(Files.exists(acme.root().resolve("stray.edi")));
        assertFalse(Files.exists(acme.outbound().resolve("forged-ack.edi")));
        assertArrayEquals(ACK, Files.readAllBytes(acme.outbound().resolve("ack.edi")));
    }

    @Test
    void reads_and_deletes_an_acknowledgment_in_outbound() throws IOException {
        Path ack = acme.outbound().resolve("997-0001.edi");
        Files.write(ack, ACK);
        assertEquals(Set.of("997-0001.edi"), names("/outbound"));
        assertArrayEquals(ACK, download("/outbound/997-0001.edi"));
        sftp.remove("/outbound/997-0001.edi");
        assertFalse(Files.exists(ack));
    }

    @Test
    void refuses_deleting_outside_outbound() throws IOException {
        upload("/inbound/filing.edi", ACK);
        assertRefused(() -> sftp.remove("/inbound/filing.edi"), "only files in /outbound may be deleted");
        assertTrue(Files.exists(acme.inbound().resolve("filing.edi")));
    }

    @Test
    void refuses_creating_removing_and_renaming_folders() {
        assertRefused(() -> sftp.mkdir("/inbound/archive"), "folders cannot be created");
        assertRefused(() -> sftp.mkdir("/archive"), "folders cannot be created");
        assertRefused(() -> sftp.rmdir("/inbound"), "folders cannot be removed");
        assertRefused(() -> sftp.rmdir("/outbound"), "folders cannot be removed");
        assertRefused(() -> sftp.rename("/inbound", "/incoming"), "only be renamed within /inbound");
        assertRefused(() -> sftp.rename("/outbound", "/inbound/outbound"), "only be renamed within /inbound");
        assertFalse(Files.exists(acme.inbound().resolve("archive")));
        assertFalse(Files.exists(acme.root().resolve("archive")));
        assertTrue(Files.isDirectory(acme.inbound()));
        assertTrue(Files.isDirectory(acme.outbound()));
        assertFalse(Files.exists(acme.root().resolve("incoming")));
    }

    @Test
    void renames_an_upload_within_inbound_only() throws IOException {
        upload("/inbound/cuscar.edi.part", ACK);
        sftp.rename("/inbound/cuscar.edi.part", "/inbound/cuscar.edi");
        assertArrayEquals(ACK, Files.readAllBytes(acme.inbound().resolve("cuscar.edi")));
        assertRefused(() -> sftp.rename("/inbound/cuscar.edi", "/outbound/cuscar.edi"), "only be renamed within /inbound");
        assertRefused(() -> sftp.rename("/inbound/cuscar.edi", "/cuscar.edi"), "only be renamed within /inbound");
        assertTrue(Files.exists(acme.inbound().resolve("cuscar.edi")));
    }

    @Test
    void refuses_renaming_a_file_that_is_still_being_written() throws IOException {
        try (SftpClient.CloseableHandle handle = sftp.open("/inbound/busy.edi", OpenMode.Write, OpenMode.Create)) {
            sftp.write(handle, 0, ACK);
            assertRefused(() -> sftp.rename("/inbound/busy.edi", "/inbound/done.edi"), "being written");
        }
        sftp.rename("/inbound/busy.edi", "/inbound/done.edi");
        assertTrue(Files.exists(acme.inbound().resolve("done.edi")));
    }

    @Test
    void refuses_an_upload_over_the_size_limit_and_tells_the_tracker() throws IOException {
        Path file = acme.inbound().resolve("huge.edi");
        try (CapturedLog log = new CapturedLog();
                SftpClient.CloseableHandle handle = sftp.open("/inbound/huge.edi", OpenMode.Write, OpenMode.Create)) {
            sftp.write(handle, 0, randomBytes(LIMIT - 10));
            SftpException refused = assertThrows(SftpException.class, () -> sftp.write(handle, LIMIT - 10, randomBytes(20)));
            assertEquals(SftpConstants.SSH_FX_PERMISSION_DENIED, refused.getStatus());
            assertTrue(refused.getMessage().contains(LIMIT + " bytes"), refused.getMessage());
            assertThrows(SftpException.class, () -> sftp.write(handle, 0, randomBytes(5)), "the upload stays refused");
            assertEquals(1, log.lines(Level.WARN).stream().filter(l -> l.contains("size limit")).count(),
                    () -> log.lines(Level.WARN).toString());
        }
        assertTrue(Files.size(file) <= LIMIT);
        String reason = bench.uploads.refusal(file).orElseThrow();
        assertTrue(reason.contains("upload size limit of " + LIMIT + " bytes"), reason);
        assertTrue(bench.uploads.refusal(Path.of(file.toString())).isPresent(), "the intake's spelling of the path");
        bench.uploads.forget(file);
        assertTrue(bench.uploads.refusal(file).isEmpty());
    }

    @Test
    void refuses_a_streamed_upload_over_the_size_limit() {
        assertThrows(IOException.class, () -> upload("/inbound/stream.edi", randomBytes(LIMIT + 1)));
        await().atMost(TIMEOUT).until(() -> bench.uploads.refusal(acme.inbound().resolve("stream.edi")).isPresent());
    }

    @Test
    void accepts_an_upload_of_exactly_the_size_limit() throws IOException {
        byte[] filing = randomBytes(LIMIT);
        upload("/inbound/full.edi", filing);
        assertArrayEquals(filing, Files.readAllBytes(acme.inbound().resolve("full.edi")));
        assertTrue(bench.uploads.refusal(acme.inbound().resolve("full.edi")).isEmpty());
    }

    @Test
    void tracks_a_file_as_being_written_while_a_write_handle_is_open() throws IOException {
        Path file = acme.inbound().resolve("slow.edi");
        SftpClient.CloseableHandle handle = sftp.open("/inbound/slow.edi", OpenMode.Write, OpenMode.Create);
        try {
            sftp.write(handle, 0, ACK);
            assertTrue(bench.uploads.isBeingWritten(file));
        } finally {
            handle.close();
        }
        await().atMost(TIMEOUT).until(() -> !bench.uploads.isBeingWritten(file));
        try (InputStream in = sftp.read("/inbound/slow.edi")) {
            assertFalse(bench.uploads.isBeingWritten(file), "reading is not writing");
            assertArrayEquals(ACK, in.readAllBytes());
        }
    }

    @Test
    void forgets_a_write_handle_when_its_session_dies() throws IOException {
        Path file = acme.inbound().resolve("dropped.edi");
        ClientSession session = bench.loginWithPassword("acme", SftpTestBench.ACME_PASSWORD);
        SftpClient other = SftpClientFactory.instance().createSftpClient(session);
        SftpClient.Handle handle = other.open("/inbound/dropped.edi", OpenMode.Write, OpenMode.Create);
        other.write(handle, 0, ACK);
        assertTrue(bench.uploads.isBeingWritten(file));
        session.close(true);
        await().atMost(TIMEOUT).until(() -> !bench.uploads.isBeingWritten(file));
    }

    @Test
    void lets_a_partner_set_the_times_of_an_upload_and_ignores_its_permissions() throws IOException {
        upload("/inbound/dated.edi", ACK);
        FileTime time = FileTime.from(1_700_000_000L, TimeUnit.SECONDS);
        sftp.setStat("/inbound/dated.edi", new SftpClient.Attributes().modifyTime(time));
        assertEquals(time, Files.getLastModifiedTime(acme.inbound().resolve("dated.edi")));
        // "sftp put -p" sends the mode after the upload: accepted, so the upload is not reported as failed, but
        // ignored, so the intake can still read the file
        sftp.setStat("/inbound/dated.edi", new SftpClient.Attributes().perms(0));
        assertTrue(Files.isReadable(acme.inbound().resolve("dated.edi")));
    }

    @Test
    void refuses_permission_changes_outside_inbound() throws IOException {
        Files.write(acme.outbound().resolve("ack.edi"), ACK);
        assertRefused(() -> sftp.setStat("/outbound/ack.edi", new SftpClient.Attributes().perms(0)), "permissions");
        assertTrue(Files.isReadable(acme.outbound().resolve("ack.edi")));
    }

    @Test
    void refuses_server_side_copies() throws IOException {
        upload("/inbound/original.edi", ACK);
        CopyFileExtension copy = sftp.getExtension(CopyFileExtension.class);
        assertThrows(IOException.class, () -> copy.copyFile("/inbound/original.edi", "/inbound/copy.edi", false));
        assertFalse(Files.exists(acme.inbound().resolve("copy.edi")));
    }

    @Test
    void logs_each_refusal_once_and_never_shows_host_paths_to_the_partner() throws IOException {
        try (CapturedLog log = new CapturedLog()) {
            SftpException refused = assertThrows(SftpException.class, () -> sftp.mkdir("/inbound/sub"));
            SftpException missing = assertThrows(SftpException.class, () -> download("/inbound/missing.edi"));
            String hostRoot = bench.partnersRoot.toRealPath().toString();
            assertFalse(refused.getMessage().contains(hostRoot), refused.getMessage());
            assertFalse(missing.getMessage().contains(hostRoot), missing.getMessage());
            List<String> warnings = log.lines(Level.WARN);
            assertEquals(1, warnings.size(), warnings::toString);
            assertTrue(warnings.get(0).contains("'acme'") && warnings.get(0).contains("127.0.0.1")
                    && warnings.get(0).contains("/inbound/sub"), warnings.get(0));
        }
    }

    private void assertBravoUntouched() throws IOException {
        try (Stream<Path> files = Files.walk(bravo.root())) {
            assertEquals(List.of(bravo.root(), bravo.inbound(), bravo.outbound(), bravo.outbound().resolve("ack.edi")),
                    files.sorted().toList());
        }
        assertArrayEquals(ACK, Files.readAllBytes(bravo.outbound().resolve("ack.edi")));
    }

    private static void assertRefused(Executable attempt, String reason) {
        SftpException refused = assertThrows(SftpException.class, attempt);
        assertEquals(SftpConstants.SSH_FX_PERMISSION_DENIED, refused.getStatus(), refused::getMessage);
        assertTrue(refused.getMessage().contains(reason), refused.getMessage());
    }

    private void upload(String path, byte[] content) throws IOException {
        try (OutputStream out = sftp.write(path)) {
            out.write(content);
        }
    }

    private byte[] download(String path) throws IOException {
        try (InputStream in = sftp.read(path)) {
            return in.readAllBytes();
        }
    }

    private Set<String> names(String folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (SftpClient.CloseableHandle handle = sftp.openDir(folder)) {
            for (List<SftpClient.DirEntry> batch = sftp.readDir(handle); batch != null; batch = sftp.readDir(handle)) {
                batch.stream().map(SftpClient.DirEntry::getFilename)
                        .filter(name -> !name.equals(".") && !name.equals(".."))
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
