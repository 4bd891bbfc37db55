package org.borderedi.gateway.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Makes receipt ids of the form {@code 20261122T141233512Z-4f9a2c1be07d}: they sort by time of receipt, are unique,
 * and are safe as file names.
 */
public final class ReceiptIds {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReceiptIds() {
    }

    /** A fresh id for something received now. */
    public static String next(Instant receivedAt) {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        return TIME.format(receivedAt) + "-" + HexFormat.of().formatHex(random);
    }

    /**
     * The same id every time for the same origin (a JMS message id from a partner): a redelivered message is
     * archived and published under the receipt id of its first delivery.
     */
    public static String derived(Instant receivedAt, String partnerId, String originId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((partnerId + "\n" + originId).getBytes(StandardCharsets.UTF_8));
            return TIME.format(receivedAt) + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether a text has the shape of a receipt id (claims come from a queue: check before using one in a path). */
    public static boolean isWellFormed(String id) {
        return id != null && id.matches("\\d{8}T\\d{9}Z-[0-9a-f]{12}");
    }

    static Instant timeOf(String id) {
        return TIME.parse(id.substring(0, id.indexOf('-')), Instant::from);
    }
}
