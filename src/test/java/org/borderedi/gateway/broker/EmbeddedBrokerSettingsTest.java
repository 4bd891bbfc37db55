package org.borderedi.gateway.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.Test;

/** The embedded broker's settings: defaults filled in, impossible values refused before the broker starts. */
class EmbeddedBrokerSettingsTest {

    private static final Path DATA = Path.of("data", "broker");
    private static final Secret PASSWORD = new Secret("gateway-password");

    @Test
    void binds_to_the_loopback_address_unless_told_otherwise() {
        assertEquals("127.0.0.1", new EmbeddedBrokerSettings(DATA, null, 0, 1, 1, 1, "gateway-app", PASSWORD).host());
        assertEquals("127.0.0.1", new EmbeddedBrokerSettings(DATA, " ", 0, 1, 1, 1, "gateway-app", PASSWORD).host());
        assertEquals("127.0.0.1", EmbeddedBrokerSettings.defaults(DATA, "gateway-app", PASSWORD).host());
        assertEquals(61616, EmbeddedBrokerSettings.defaults(DATA, "gateway-app", PASSWORD).port());
    }

    @Test
    void refuses_a_port_out_of_range_a_limit_that_is_not_positive_and_a_missing_gateway_login() {
        assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedBrokerSettings(DATA, null, 65_536, 1, 1, 1, "gateway-app", PASSWORD));
        assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedBrokerSettings(DATA, null, 0, 1, 0, 1, "gateway-app", PASSWORD));
        assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedBrokerSettings(DATA, null, 0, 1, 1, 1, " ", PASSWORD));
        assertThrows(IllegalArgumentException.class,
                () -> new EmbeddedBrokerSettings(DATA, null, 0, 1, 1, 1, "gateway-app", new Secret("")));
    }
}
