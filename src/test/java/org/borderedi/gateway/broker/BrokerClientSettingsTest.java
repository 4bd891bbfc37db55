package org.borderedi.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.borderedi.gateway.broker.BrokerClientSettings.Redelivery;
import org.borderedi.gateway.broker.BrokerClientSettings.TlsSettings;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.Test;

/** Client settings that would connect insecurely or never dead-letter are refused when they are made. */
class BrokerClientSettingsTest {

    private static final Redelivery REDELIVERY = new Redelivery(3, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60));
    private static final Optional<TlsSettings> TLS = Optional.of(
            new TlsSettings(Path.of("trust.p12"), new Secret("pw"), Optional.empty(), Optional.empty()));

    @Test
    void accepts_tls_settings_only_for_a_url_whose_every_transport_is_tls() {
        assertDoesNotThrow(() -> settings("ssl://broker.example:61617", TLS));
        assertDoesNotThrow(() -> settings("failover:(ssl://a.example:61617,nio+ssl://b.example:61617)", TLS));

        assertThrows(IllegalArgumentException.class, () -> settings("tcp://broker.example:61616", TLS));
        assertThrows(IllegalArgumentException.class,
                () -> settings("failover:(ssl://a.example:61617,tcp://b.example:61616)", TLS));
    }

    @Test
    void refuses_a_pool_without_connections_and_a_login_without_a_user() {
        assertThrows(IllegalArgumentException.class, () -> new BrokerClientSettings("tcp://b:61616", "gateway-app",
                new Secret("pw"), Optional.empty(), 0, REDELIVERY));
        assertThrows(IllegalArgumentException.class, () -> new BrokerClientSettings("tcp://b:61616", " ",
                new Secret("pw"), Optional.empty(), 1, REDELIVERY));
    }

    @Test
    void refuses_redelivery_that_would_never_dead_letter_or_shrinks_its_delay() {
        assertThrows(IllegalArgumentException.class,
                () -> new Redelivery(-1, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> new Redelivery(3, Duration.ofSeconds(1), 0.5, Duration.ofSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> new Redelivery(3, Duration.ofSeconds(10), 2.0, Duration.ofSeconds(1)));
    }

    @Test
    void a_key_store_needs_its_password_and_no_secret_shows_in_text() {
        assertThrows(IllegalArgumentException.class, () -> new TlsSettings(Path.of("trust.p12"), new Secret("pw"),
                Optional.of(Path.of("key.p12")), Optional.empty()));

        BrokerClientSettings settings = settings("ssl://broker.example:61617", Optional.of(new TlsSettings(
                Path.of("trust.p12"), new Secret("trust-secret"), Optional.of(Path.of("key.p12")),
                Optional.of(new Secret("key-secret")))));
        String text = settings.toString();
        assertFalse(text.contains("trust-secret") || text.contains("key-secret") || text.contains("login-secret"), text);
    }

    private static BrokerClientSettings settings(String url, Optional<TlsSettings> tls) {
        return new BrokerClientSettings(url, "gateway-app", new Secret("login-secret"), tls, 4, REDELIVERY);
    }
}
