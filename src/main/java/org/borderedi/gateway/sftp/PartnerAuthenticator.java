package org.borderedi.gateway.sftp;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.OpenSshCertificate;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets in only the partners the registry lists on the embedded SFTP channel, by their password hash or their
 * authorized public keys, and logs every refusal.
 */
final class PartnerAuthenticator implements PasswordAuthenticator, PublickeyAuthenticator {

    /** How the session's user proved who it is, for the login line written once the session is authenticated. */
    static final AttributeKey<String> LOGIN_METHOD = new AttributeKey<>();

    private static final Logger LOG = LoggerFactory.getLogger(PartnerAuthenticator.class);

    /**
     * authorized_keys options that this server already implies, since it offers nothing but SFTP. A key carrying any
     * other option (from=, expiry-time=, a forced command other than internal-sftp...) is not used: silently ignoring
     * a restriction the operator wrote would grant more than intended.
     */
    private static final Set<String> IMPLIED_OPTIONS = Set.of(
            "restrict", "no-pty", "no-port-forwarding", "no-agent-forwarding", "no-x11-forwarding", "no-user-rc");

    private final PartnerRegistry registry;
    private final Map<String, List<PublicKey>> keysByUser = new HashMap<>();

    PartnerAuthenticator(PartnerRegistry registry) {
        this.registry = registry;
        for (Partner partner : registry.using(Channel.EmbeddedSftp.class)) {
            Channel.EmbeddedSftp channel = (Channel.EmbeddedSftp) partner.channel();
            keysByUser.put(channel.user(), usableKeys(partner, channel.login().publicKeys()));
        }
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        Optional<Channel.Login> login = login(user);
        if (login.isEmpty()) {
            return refuse(user, session, "password", "unknown user");
        }
        if (login.get().passwordHash().isEmpty()) {
            return refuse(user, session, "password", "this partner has no password login");
        }
        char[] attempt = password == null ? new char[0] : password.toCharArray();
        try {
            if (!login.get().passwordHash().get().matches(attempt)) {
                return refuse(user, session, "password", "wrong password");
            }
        } finally {
            Arrays.fill(attempt, '\0');
        }
        session.setAttribute(LOGIN_METHOD, "password");
        return true;
    }

    /** Called twice for a successful key: when the client asks whether the key would do, then with its signature. */
    @Override
    public boolean authenticate(String user, PublicKey key, ServerSession session) {
        if (login(user).isEmpty()) {
            return refuse(user, session, "publickey", "unknown user");
        }
        if (key instanceof OpenSshCertificate) {
            return refuse(user, session, "publickey", "certificates are not accepted, only plain keys");
        }
        String fingerprint = KeyUtils.getFingerPrint(key);
        boolean authorized = keysByUser.getOrDefault(user, List.of()).stream()
                .anyMatch(known -> KeyUtils.compareKeys(known, key));
        if (!authorized) {
            return refuse(user, session, "publickey", "key " + fingerprint + " is not authorized for this user");
        }
        session.setAttribute(LOGIN_METHOD, "publickey " + fingerprint);
        return true;
    }

    private Optional<Channel.Login> login(String user) {
        return Optional.ofNullable(user)
                .flatMap(registry::bySftpUser)
                .map(Partner::channel)
                .filter(Channel.EmbeddedSftp.class::isInstance)
                .map(channel -> ((Channel.EmbeddedSftp) channel).login());
    }

    private static boolean refuse(String user, ServerSession session, String method, String reason) {
        LOG.warn("SFTP login refused: user {} from {} by {}: {}",
                LogText.quoted(user), LogText.remote(session), method, reason);
        return false;
    }

    private static List<PublicKey> usableKeys(Partner partner, List<String> lines) {
        List<PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            try {
                AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(lines.get(i));
                if (entry == null) {
                    LOG.warn("Partner {}: public key {} is empty and is ignored", partner.id(), i + 1);
                    continue;
                }
                List<String> unsupported = entry.getLoginOptions().entrySet().stream()
                        .filter(option -> !isImplied(option.getKey(), option.getValue()))
                        .map(Map.Entry::getKey)
                        .toList();
                if (!unsupported.isEmpty()) {
                    LOG.warn("Partner {}: public key {} is not used: the SFTP server cannot enforce its options {}",
                            partner.id(), i + 1, unsupported);
                    continue;
                }
                keys.add(entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
            } catch (Exception e) {
                LOG.warn("Partner {}: public key {} is not usable and is ignored: {}", partner.id(), i + 1, e.getMessage());
            }
        }
        return List.copyOf(keys);
    }

    private static boolean isImplied(String option, String value) {
        String name = option.toLowerCase(Locale.ROOT);
        if (name.equals("command")) {
            return "internal-sftp".equals(value == null ? null : value.replace("\"", "").strip());
        }
        return IMPLIED_OPTIONS.contains(name);
    }
}
