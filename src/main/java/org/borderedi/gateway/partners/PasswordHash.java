package org.borderedi.gateway.partners;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, slow password hash (PBKDF2 with HMAC-SHA256) in the form
 * {@code $pbkdf2-sha256$i=600000$<salt>$<hash>}: the registry stores only these, never a password.
 */
public final class PasswordHash {

    /** OWASP's current recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Below this a stolen registry is too cheap to brute-force. */
    public static final int MINIMUM_ITERATIONS = 100_000;
    /** Shorter passwords are refused when a hash is made. */
    public static final int MINIMUM_PASSWORD_LENGTH = 12;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Pattern FORMAT =
            Pattern.compile("\\$pbkdf2-sha256\\$i=(\\d{1,9})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{43})");
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private PasswordHash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes a new password with a fresh random salt. */
    public static PasswordHash create(char[] password, int iterations) {
        if (password.length < MINIMUM_PASSWORD_LENGTH) {
            throw new IllegalArgumentException(
                    "a password must have at least " + MINIMUM_PASSWORD_LENGTH + " characters");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return new PasswordHash(iterations, salt, derive(password, salt, iterations));
    }

    /** Reads the stored form; the message of the exception says what is wrong with it. */
    public static PasswordHash parse(String stored) {
        Matcher m = FORMAT.matcher(stored);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a hash of the form $pbkdf2-sha256$i=<iterations>$<salt>$<hash>");
        }
        int iterations = Integer.parseInt(m.group(1));
        if (iterations < MINIMUM_ITERATIONS) {
            throw new IllegalArgumentException(
                    "uses " + iterations + " iterations; at least " + MINIMUM_ITERATIONS + " are required");
        }
        Base64.Decoder decoder = Base64.getDecoder();
        return new PasswordHash(iterations, decoder.decode(m.group(2)), decoder.decode(m.group(3)));
    }

    /** Whether the password matches, compared in constant time. */
    public boolean matches(char[] password) {
        if (password == null || password.length == 0) {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /**
     * Spends the time of a real check and answers no. Called for logins that do not exist, so that a refusal takes
     * as long for an unknown user as for a wrong password and does not tell which user names are real.
     */
    public static boolean matchesNoLogin(char[] password) {
        Decoy.HASH.matches(password == null || password.length == 0 ? new char[] {'?'} : password);
        return false;
    }

    /** The stored form, as it goes into the registry. */
    public String encoded() {
        return "$pbkdf2-sha256$i=" + iterations + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(hash);
    }

    @Override
    public String toString() {
        return "$pbkdf2-sha256$i=" + iterations + "$...";
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PasswordHash that
                && iterations == that.iterations
                && Arrays.equals(salt, that.salt)
                && Arrays.equals(hash, that.hash);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hash);
    }

    /** A hash of a random password, made on first use. */
    private static final class Decoy {
        static final PasswordHash HASH;

        static {
            byte[] random = new byte[24];
            RANDOM.nextBytes(random);
            HASH = create(Base64.getEncoder().encodeToString(random).toCharArray(), DEFAULT_ITERATIONS);
        }
    }
}
