package org.borderedi.gateway.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host key survives restarts and stays private. */
class HostKeyFileTest {

    @TempDir
    Path workDir;

    @Test
    void generates_a_key_once_and_reads_the_same_key_back() {
        Path file = workDir.resolve("keys/host-key");
        KeyPair generated = new HostKeyFile(file).loadOrCreate();
        KeyPair reread = new HostKeyFile(file).loadOrCreate();
        assertTrue(KeyUtils.compareKeys(generated.getPublic(), reread.getPublic()));
        assertTrue(KeyUtils.compareKeys(generated.getPrivate(), reread.getPrivate()));
        assertEquals("ecdsa-sha2-nistp256", KeyUtils.getKeyType(generated.getPublic()));
    }

    @Test
    void stores_the_key_readable_by_its_owner_only() throws IOException {
        assumeTrue(Files.getFileAttributeView(workDir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path file = workDir.resolve("host-key");
        new HostKeyFile(file).loadOrCreate();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (var leftovers = Files.list(workDir)) {
            assertEquals(1, leftovers.count(), "no temporary file is left behind");
        }
    }

    @Test
    void refuses_a_damaged_key_file_rather_than_replacing_it() throws IOException {
        Path file = workDir.resolve("host-key");
        Files.writeString(file, "-----BEGIN OPENSSH PRIVATE KEY-----\nbroken\n-----END OPENSSH PRIVATE KEY-----\n");
        assertThrows(RuntimeException.class, () -> new HostKeyFile(file).loadOrCreate());
        assertTrue(Files.readString(file).contains("broken"), "a pinned key must never be silently replaced");
    }
}
