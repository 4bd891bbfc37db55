package org.borderedi.gateway.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The gateway's copy of every filing exactly as received: one file per receipt under
 * {@code archive/<partner>/<yyyy>/<MM>/<dd>/<receipt id>}, with its SHA-256 beside it in {@code sha256sum} format.
 * Later steps read filings from here by reference; nothing is ever changed once archived.
 */
public final class Archive {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);

    private final Path dataDir;
    private final Path root;

    public Archive(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.root = this.dataDir.resolve("archive");
    }

    /** Where the receipt's bytes live (or will): the partner id and receipt id are checked values, never file names. */
    public Path locate(String partnerId, String receiptId) {
        if (!ReceiptIds.isWellFormed(receiptId)) {
            throw new IllegalArgumentException("not a receipt id: " + receiptId);
        }
        return root.resolve(partnerId).resolve(DAY.format(ReceiptIds.timeOf(receiptId))).resolve(receiptId);
    }

    /** Moves a received file in; a second call for the same receipt (a redelivered claim) finds it done. */
    public Path moveIn(Path source, String partnerId, String receiptId) throws IOException {
        Path target = locate(partnerId, receiptId);
        if (!Files.exists(target)) {
            DurableFiles.move(source, target);
        }
        return target;
    }

    /** Stores a received message body; storing the same receipt again replaces it with the same bytes. */
    public Path store(InputStream body, String partnerId, String receiptId) throws IOException {
        Path target = locate(partnerId, receiptId);
        DurableFiles.write(target, body);
        return target;
    }

    /** Computes the archived file's SHA-256 (streaming), records it beside the file, and returns it as hex. */
    public String seal(Path archived) throws IOException {
        String sha256 = sha256(archived);
        DurableFiles.write(archived.resolveSibling(archived.getFileName() + ".sha256"),
                sha256 + "  " + archived.getFileName() + "\n");
        return sha256;
    }

    /** The stable way to name an archived file in messages: its path relative to the data directory. */
    public String reference(Path archived) {
        return dataDir.relativize(archived.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** Opens an archived file from its reference; refuses references that point outside the archive. */
    public InputStream open(String reference) throws IOException {
        Path file = dataDir.resolve(reference).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not an archive reference: " + reference);
        }
        return Files.newInputStream(file);
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
