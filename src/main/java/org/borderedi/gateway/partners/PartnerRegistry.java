package org.borderedi.gateway.partners;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partners the gateway trades with, looked up by id or by the login they present to our servers. */
public final class PartnerRegistry {

    private final Map<String, Partner> byId;
    private final Map<String, Partner> bySftpUser;
    private final Map<String, Partner> byJmsUser;

    /** Takes partners already validated by {@link PartnerRegistryLoader}: ids and logins are unique. */
    public PartnerRegistry(List<Partner> partners) {
        this.byId = index(partners, Partner::id);
        this.bySftpUser = index(
                partners.stream().filter(p -> p.channel() instanceof Channel.EmbeddedSftp).toList(),
                p -> ((Channel.EmbeddedSftp) p.channel()).user());
        this.byJmsUser = index(
                partners.stream().filter(p -> p.channel() instanceof Channel.JmsQueues).toList(),
                p -> ((Channel.JmsQueues) p.channel()).user());
    }

    public Collection<Partner> all() {
        return byId.values();
    }

    public Optional<Partner> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The partner that logs in to the embedded SFTP server with this user name. */
    public Optional<Partner> bySftpUser(String user) {
        return Optional.ofNullable(bySftpUser.get(user));
    }

    /** The partner that logs in to the embedded broker with this user name. */
    public Optional<Partner> byJmsUser(String user) {
        return Optional.ofNullable(byJmsUser.get(user));
    }

    /** Partners whose channel is of the given type, in registry order. */
    public <C extends Channel> List<Partner> using(Class<C> channelType) {
        return byId.values().stream().filter(p -> channelType.isInstance(p.channel())).toList();
    }

    private static Map<String, Partner> index(Collection<Partner> partners, Function<Partner, String> key) {
        return partners.stream()
                .collect(Collectors.toMap(key, p -> p, (a, b) -> {
                    throw new IllegalArgumentException("duplicate key for partners " + a.id() + " and " + b.id());
                }, LinkedHashMap::new));
    }
}
