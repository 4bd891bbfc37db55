package org.borderedi.gateway.broker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderedi.gateway.partners.Secret;

/**
 * How the gateway connects to a broker, the embedded one or an external one alike.
 *
 * @param url            an ActiveMQ Classic URL: {@code tcp://}, {@code ssl://}, {@code vm://} or {@code failover:(...)}
 * @param user           the gateway's login
 * @param password       its password
 * @param tls            the trust and key stores; when present every transport in the URL must be TLS
 * @param maxConnections the most connections the pool keeps open to the broker
 * @param redelivery     how a message is retried after its transaction rolled back
 */
public record BrokerClientSettings(
        String url, String user, Secret password, Optional<TlsSettings> tls, int maxConnections, Redelivery redelivery) {

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://");

    public BrokerClientSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("url must not be empty");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user must not be empty");
        }
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(tls, "tls (use Optional.empty())");
        Objects.requireNonNull(redelivery, "redelivery");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
        }
        if (tls.isPresent()) {
            requireOnlyTlsTransports(url);
        }
    }

    /**
     * Trust and key stores for a TLS connection (JKS or PKCS#12).
     *
     * @param trustStore         the certificates of the CAs that may sign the broker's certificate
     * @param keyStore           our own certificate and key, when the broker asks for client certificates
     */
    public record TlsSettings(
            Path trustStore, Secret trustStorePassword, Optional<Path> keyStore, Optional<Secret> keyStorePassword) {

        public TlsSettings {
            Objects.requireNonNull(trustStore, "trustStore");
            Objects.requireNonNull(trustStorePassword, "trustStorePassword");
            Objects.requireNonNull(keyStore, "keyStore (use Optional.empty())");
            Objects.requireNonNull(keyStorePassword, "keyStorePassword (use Optional.empty())");
            if (keyStore.isPresent() && keyStorePassword.isEmpty()) {
                throw new IllegalArgumentException("a keyStore needs its keyStorePassword");
            }
        }
    }

    /**
     * Client-side redelivery of a message whose transaction was rolled back: after {@code maximumRedeliveries} further
     * attempts the broker moves it to its dead-letter queue. The wait starts at {@code initialDelay} and is multiplied
     * by {@code multiplier} on each attempt, up to {@code maximumDelay}.
     */
    public record Redelivery(int maximumRedeliveries, Duration initialDelay, double multiplier, Duration maximumDelay) {

        public Redelivery {
            if (maximumRedeliveries < 0) {
                throw new IllegalArgumentException(
                        "maximumRedeliveries must not be negative (unlimited retries would never dead-letter a poison message)");
            }
            Objects.requireNonNull(initialDelay, "initialDelay");
            Objects.requireNonNull(maximumDelay, "maximumDelay");
            if (initialDelay.isNegative() || maximumDelay.isNegative()) {
                throw new IllegalArgumentException("redelivery delays must not be negative");
            }
            if (maximumDelay.compareTo(initialDelay) < 0) {
                throw new IllegalArgumentException("maximumDelay must not be shorter than initialDelay");
            }
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("multiplier must be at least 1, not " + multiplier);
            }
        }
    }

    /** TLS settings next to a plain transport would silently send the credentials in clear text. */
    private static void requireOnlyTlsTransports(String url) {
        Matcher schemes = SCHEME.matcher(url);
        boolean any = false;
        while (schemes.find()) {
            any = true;
            String scheme = schemes.group(1).toLowerCase(Locale.ROOT);
            if (!scheme.endsWith("ssl")) {
                throw new IllegalArgumentException(
                        "tls settings are given, but the url uses the plain transport " + scheme + "://");
            }
        }
        if (!any) {
            throw new IllegalArgumentException("tls settings are given, but the url names no ssl:// transport");
        }
    }
}
