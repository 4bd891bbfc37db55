package org.borderedi.gateway.sftp;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.OpenSshCertificate;
import org.apache.sshd.server.auth.password.PasswordAuthenticator;
import org.apache.sshd.server.auth.pubkey.PublickeyAuthenticator;
import org.apache.sshd.server.session.ServerSession;
import org.borderedi.gateway.partners.Channel;
import org.borderedi.gateway.partners.Partner;
import org.borderedi.gateway.partners.PartnerRegistry;
import org.borderedi.gateway.partners.PasswordHash;
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

    private final PartnerRegistry registry;
    private final Map<String, List<PublicKey>> keysByUser = new HashMap<>();

    PartnerAuthenticator(PartnerRegistry registry) {
        this.registry = registry;
        for (Partner partner : registry.using(Channel.EmbeddedSftp.class)) {
            Channel.EmbeddedSftp channel = (Channel.EmbeddedSftp) partner.channel();
            keysByUser.put(channel.user(), AuthorizedKeys.usable(partner.id(), channel.login().publicKeys()));
        }
    }

    @Override
    public boolean authenticate(String user, String password, ServerSession session) {
        Optional<Channel.Login> login = login(user);
        if (login.isEmpty() || login.get().passwordHash().isEmpty()) {
            // as slow as a real check, so the answer's speed does not tell which user names exist
            PasswordHash.matchesNoLogin(password == null ? null : password.toCharArray());
            return refuse(user, session, "password", login.isEmpty() ? "unknown user" : "this partner has no password login");
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
}
