package org.borderedi.gateway.sftp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.junit.jupiter.api.Test;

/** Which authorized_keys lines give a partner a usable key. */
class AuthorizedKeysTest {

    private final KeyPair key = SftpTestBench.newClientKey();
    private final String plain = PublicKeyEntry.toString(key.getPublic()) + " ops@acme";

    @Test
    void uses_a_plain_key_line() {
        List<PublicKey> keys = AuthorizedKeys.usable("acme", List.of(plain));
        assertEquals(1, keys.size());
        assertTrue(KeyUtils.compareKeys(key.getPublic(), keys.get(0)));
    }

    @Test
    void uses_a_key_with_options_that_sftp_only_already_implies() {
        assertEquals(1, AuthorizedKeys.usable("acme", List.of("restrict,command=\"internal-sftp\" " + plain)).size());
        assertEquals(1, AuthorizedKeys.usable("acme", List.of("no-pty,no-port-forwarding " + plain)).size());
    }

    @Test
    void does_not_use_a_key_whose_restrictions_it_cannot_enforce() {
        assertEquals(0, AuthorizedKeys.usable("acme", List.of("from=\"10.0.0.0/8\" " + plain)).size());
        assertEquals(0, AuthorizedKeys.usable("acme", List.of("command=\"/bin/sh\" " + plain)).size());
    }

    @Test
    void skips_a_broken_line_and_keeps_the_others() {
        List<PublicKey> keys = AuthorizedKeys.usable("acme", List.of("ssh-rsa not-base64", plain));
        assertEquals(1, keys.size());
    }
}
