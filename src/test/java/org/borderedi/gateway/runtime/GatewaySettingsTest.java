package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.Party;
import org.junit.jupiter.api.Test;

class GatewaySettingsTest {

    @Test
    void reads_the_gateways_envelope_identities() {
        GatewayIdentity us = settings(Map.of("gateway.identity.x12", "ZZ:BORDERGW, 01:123456789",
                "gateway.identity.edifact", "BORDERGW,5412345000013:14")).identity();
        assertTrue(us.isX12Receiver(new Party("01", "123456789")));
        assertTrue(us.isEdifactRecipient(new Party("14", "5412345000013")));
        assertTrue(us.isEdifactRecipient(new Party(null, "BORDERGW")));
        assertEquals(2, us.x12().size());
    }

    @Test
    void names_the_key_whose_value_is_wrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> settings(Map.of("gateway.identity.x12", "BORDERGW", "gateway.identity.edifact", "X")).identity());
        assertTrue(e.getMessage().contains("gateway.identity.x12"), e.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> settings(Map.of()).dataDirectory());
        assertTrue(missing.getMessage().contains("gateway.data-dir"), missing.getMessage());
    }

    private static GatewaySettings settings(Map<String, String> properties) {
        return new GatewaySettings(key -> Optional.ofNullable(properties.get(key)));
    }
}
