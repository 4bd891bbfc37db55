package org.borderedi.gateway.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Remembers which receipt took each file from a partner's own SFTP server. Deleting the remote file cannot be part of
 * our transaction, so after a crash the same file may be downloaded again; its second claim then finds the first
 * receipt here and is dropped instead of being filed twice. Entries expire after the retention period.
 */
public final class RemoteTakes {

    private final Path root;
    private final Duration retention;

    public RemoteTakes(Path dataDir, Duration retention) {
        this.root = dataDir.toAbsolutePath().normalize().resolve("intake").resolve("remote-takes");
        this.retention = retention;
    }

    /**
     * Records that {@code receiptId} takes the file identified by {@code fileKey}, unless another receipt already
     * did; returns the receipt that owns the file (atomic: two claims cannot both win).
     */
    public String owner(String fileKey, String receiptId) throws IOException {
        Files.createDirectories(root);
        Path entry = root.resolve(hash(fileKey));
        try {
            Files.writeString(entry, receiptId, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            return receiptId;
        } catch (FileAlreadyExistsException taken) {
            return Files.readString(entry, StandardCharsets.US_ASCII).strip();
        }
    }

    /** Forgets entries older than the retention period; returns how many. */
    public int prune() throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(retention);
        int pruned = 0;
        try (Stream<Path> entries = Files.list(root)) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(cutoff) && Files.deleteIfExists(entry)) {
                    pruned++;
                }
            }
        }
        return pruned;
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
