package org.borderedi.gateway.broker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.PasswordHash;
import org.borderedi.gateway.partners.Secret;

/**
 * Decides who may log in to the embedded broker: the gateway's own user, and every JMS partner whose password matches
 * its hash in the registry; anyone else is refused.
 */
final class BrokerLogins {

    private final String gatewayUser;
    private final byte[] gatewayPasswordDigest;
    private final PartnerRegistry registry;

    BrokerLogins(String gatewayUser, Secret gatewayPassword, PartnerRegistry registry) {
        this.gatewayUser = Objects.requireNonNull(gatewayUser, "gatewayUser");
        this.gatewayPasswordDigest = sha256(gatewayPassword.value());
        this.registry = Objects.requireNonNull(registry, "registry");
        registry.byJmsUser(gatewayUser).ifPresent(partner -> {
            throw new IllegalArgumentException("the gateway's broker user '" + gatewayUser
                    + "' is also the jms user of partner " + partner.id());
        });
    }

    /** The login's identity, or empty when the user is unknown or the password does not match. */
    Optional<BrokerLogin> check(String user, String password) {
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            return Optional.empty();
        }
        if (user.equals(gatewayUser)) {
            // Digests of equal length, compared in constant time: neither the length nor a prefix leaks.
            return MessageDigest.isEqual(gatewayPasswordDigest, sha256(password))
                    ? Optional.of(new BrokerLogin(user, BrokerGroup.GATEWAY))
                    : Optional.empty();
        }
        Optional<Partner> partner = registry.byJmsUser(user);
        if (partner.isEmpty()) {
            // as slow as a real check, so the answer's speed does not tell which user names exist
            PasswordHash.matchesNoLogin(password.toCharArray());
            return Optional.empty();
        }
        return partner.filter(p -> passwordMatches(p, password)).map(p -> new BrokerLogin(user, BrokerGroup.of(p)));
    }

    private static boolean passwordMatches(Partner partner, String password) {
        if (!(partner.channel() instanceof Channel.JmsQueues jms) || jms.passwordHash().isEmpty()) {
            return false;
        }
        char[] chars = password.toCharArray();
        try {
            return jms.passwordHash().get().matches(chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
