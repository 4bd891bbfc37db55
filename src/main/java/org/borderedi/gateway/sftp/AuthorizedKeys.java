package org.borderedi.gateway.sftp;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a partner's authorized_keys lines into the public keys it may log in with, leaving out (with a warning) any
 * line the server cannot honour.
 */
final class AuthorizedKeys {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizedKeys.class);

    /**
     * Options this server already implies, since it offers nothing but SFTP. A key carrying any other option (from=,
     * expiry-time=, a forced command other than internal-sftp...) is not used: silently ignoring a restriction the
     * operator wrote would grant more than intended.
     */
    private static final Set<String> IMPLIED_OPTIONS = Set.of(
            "restrict", "no-pty", "no-port-forwarding", "no-agent-forwarding", "no-x11-forwarding", "no-user-rc");

    private AuthorizedKeys() {
    }

    static List<PublicKey> usable(String partnerId, List<String> lines) {
        List<PublicKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            try {
                AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(lines.get(i));
                if (entry == null) {
                    LOG.warn("Partner {}: public key {} is empty and is not used", partnerId, number);
                    continue;
                }
                List<String> unsupported = entry.getLoginOptions().entrySet().stream()
                        .filter(option -> !isImplied(option.getKey(), option.getValue()))
                        .map(Map.Entry::getKey)
                        .toList();
                if (!unsupported.isEmpty()) {
                    LOG.warn("Partner {}: public key {} is not used: the SFTP server cannot enforce its options {}",
                            partnerId, number, unsupported);
                    continue;
                }
                keys.add(entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
            } catch (Exception e) {
                LOG.warn("Partner {}: public key {} is not usable: {}", partnerId, number, e.getMessage());
            }
        }
        return List.copyOf(keys);
    }

    private static boolean isImplied(String option, String value) {
        String name = option.toLowerCase(Locale.ROOT);
        if (name.equals("command")) {
            return value != null && value.replace("\"", "").strip().equals("internal-sftp");
        }
        return IMPLIED_OPTIONS.contains(name);
    }
}
