package org.borderedi.gateway.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Defaults and checks of the server settings. */
class SftpServerSettingsTest {

    private static final Path KEY = Path.of("keys/host-key");
    private static final Path PARTNERS = Path.of("partners");

    @Test
    void listens_on_the_loopback_address_unless_told_otherwise() {
        assertEquals("127.0.0.1", new SftpServerSettings(null, 0, KEY, PARTNERS, 1).host());
        assertEquals("127.0.0.1", new SftpServerSettings(" ", 0, KEY, PARTNERS, 1).host());
        assertEquals("0.0.0.0", new SftpServerSettings("0.0.0.0", 0, KEY, PARTNERS, 1).host());
    }

    @Test
    void refuses_a_port_out_of_range_and_a_limit_that_is_not_positive() {
        assertThrows(IllegalArgumentException.class, () -> new SftpServerSettings(null, -1, KEY, PARTNERS, 1));
        assertThrows(IllegalArgumentException.class, () -> new SftpServerSettings(null, 65_536, KEY, PARTNERS, 1));
        assertThrows(IllegalArgumentException.class, () -> new SftpServerSettings(null, 0, KEY, PARTNERS, 0));
    }
}
