package org.borderedi.gateway.sftp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Iterator;
import java.util.Set;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's host key on disk: generated once, then read back on every start, so that partners who pinned it keep
 * trusting the server. Unlike SSHD's generating provider, it never replaces a key it cannot read: it fails instead.
 */
final class HostKeyFile {

    private static final Logger LOG = LoggerFactory.getLogger(HostKeyFile.class);
    /** ECDSA on P-256: every SFTP client in use (OpenSSH, WinSCP, JSch, SSHD) accepts it. */
    private static final String CURVE = "secp256r1";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    HostKeyFile(Path file) {
        this.file = file;
    }

    /** The key pair stored in the file, generating and storing a new one when the file does not exist. */
    KeyPair loadOrCreate() {
        try {
            if (!Files.exists(file)) {
                create();
            }
            return load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the SFTP host key file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the SFTP host key file " + file + " does not hold a usable key", e);
        }
    }

    private KeyPair load() throws IOException, GeneralSecurityException {
        warnIfReadableByOthers();
        try (InputStream in = Files.newInputStream(file)) {
            Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in, null);
            Iterator<KeyPair> it = pairs == null ? null : pairs.iterator();
            if (it == null || !it.hasNext()) {
                throw new GeneralSecurityException("no key pair found");
            }
            return it.next();
        }
    }

    private void create() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(CURVE));
        KeyPair pair = generator.generateKeyPair();

        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        boolean posix = Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null;
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        // Written beside the target and moved into place, so that a crash never leaves half a key behind.
        Path temporary = Files.createTempFile(folder, ".hostkey-", ".tmp", attributes);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
                OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(pair, "border-edi-gateway", null, out);
            }
            moveIntoPlace(temporary);
            LOG.info("Generated SFTP host key {} {} in {}", KeyUtils.getKeyType(pair.getPublic()),
                    KeyUtils.getFingerPrint(pair.getPublic()), file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void moveIntoPlace(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // another process created it first: use theirs
            LOG.info("SFTP host key file {} appeared while generating one; using it", file);
        }
    }

    private void warnIfReadableByOthers() throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
            LOG.warn("SFTP host key file {} is accessible to other users ({}); restrict it to its owner (chmod 600)",
                    file, PosixFilePermissions.toString(view.readAttributes().permissions()));
        }
    }
}
