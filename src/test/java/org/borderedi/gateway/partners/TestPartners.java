package org.borderedi.gateway.partners;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;

/** Builds partners for tests, with credentials made on the spot: no key or password is ever committed. */
public final class TestPartners {

    private TestPartners() {
    }

    /** The cheapest hash the registry accepts, so tests stay fast. */
    public static PasswordHash hash(String password) {
        return PasswordHash.create(password.toCharArray(), PasswordHash.MINIMUM_ITERATIONS);
    }

    public static KeyPair newKeyPair() {
        try {
            // SSHD's own generator, so the key comes from the provider SSHD encodes and verifies with (BouncyCastle)
            return KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public key as one OpenSSH authorized_keys line, as the registry holds it. */
    public static String openSshLine(PublicKey key) {
        return PublicKeyEntry.toString(key) + " test-key";
    }

    /** A forwarder on the embedded SFTP server, logging in as its id. */
    public static Partner sftpForwarder(String id, String password, PublicKey... keys) {
        List<String> lines = java.util.Arrays.stream(keys).map(TestPartners::openSshLine).toList();
        Channel.Login login = new Channel.Login(Optional.ofNullable(password).map(TestPartners::hash), lines);
        return new Partner(id, "Forwarder " + id, PartnerKind.FORWARDER,
                new EdiIdentities(List.of(new EdiIdentities.X12Identity("ZZ", id.toUpperCase())), List.of(), List.of(), List.of()),
                new Channel.EmbeddedSftp(id, login), AckPreferences.DEFAULTS, CodeListMode.STRICT, Set.of(FilingFormat.X12_309));
    }

    /** An air carrier on the broker, with the default queue names partner.{id}.filings and partner.{id}.replies. */
    public static Partner jmsCarrier(String id, String password) {
        return new Partner(id, "Carrier " + id, PartnerKind.AIR_CARRIER,
                new EdiIdentities(List.of(), List.of(), List.of(id.substring(0, 2).toUpperCase()), List.of()),
                new Channel.JmsQueues(id, Optional.of(hash(password)), "partner." + id + ".filings", "partner." + id + ".replies"),
                AckPreferences.DEFAULTS, CodeListMode.STRICT, Set.of(FilingFormat.CARGO_IMP_FWB, FilingFormat.CARGO_IMP_FHL));
    }

    public static PartnerRegistry registry(Partner... partners) {
        return new PartnerRegistry(List.of(partners));
    }
}
