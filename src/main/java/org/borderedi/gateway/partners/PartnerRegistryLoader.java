package org.borderedi.gateway.partners;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.BusinessAck;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads the partner registry (YAML, format in the README) and validates it completely: every problem is reported
 * with the partner and the field it concerns, and a registry with any problem is refused as a whole.
 */
public final class PartnerRegistryLoader {

    private static final Pattern PARTNER_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,31}");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,31}");
    private static final Pattern X12_QUALIFIER = Pattern.compile("[A-Z0-9]{2}");
    private static final Pattern X12_ID = Pattern.compile("[\\x21-\\x7E]([\\x20-\\x7E]{0,13}[\\x21-\\x7E])?");
    private static final Pattern EDIFACT_ID = Pattern.compile("[^+:'?\\s]([^+:'?]{0,33}[^+:'?\\s])?");
    private static final Pattern EDIFACT_QUALIFIER = Pattern.compile("[A-Z0-9]{1,4}");
    private static final Pattern IATA_AIRLINE = Pattern.compile("[A-Z0-9]{2}|\\d{3}");
    private static final Pattern IATA_AGENT = Pattern.compile("\\d{7}(\\d{4})?");
    private static final Pattern QUEUE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    private static final String RESERVED_QUEUE_PREFIX = "gateway.";

    private final UnaryOperator<String> environment;

    /** A loader that resolves {@code ${env:NAME}} references from the process environment. */
    public PartnerRegistryLoader() {
        this(System::getenv);
    }

    public PartnerRegistryLoader(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    public PartnerRegistry load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the partner registry " + file, e);
        }
    }

    public PartnerRegistry load(String source, InputStream yaml) {
        List<RegistryException.Problem> problems = new ArrayList<>();
        Object document;
        try {
            document = new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build()).loadFromInputStream(yaml);
        } catch (YamlEngineException e) {
            throw new RegistryException(source, List.of(new RegistryException.Problem(null, "(file)", e.getMessage())));
        }
        if (!(document instanceof Map<?, ?> top)) {
            throw new RegistryException(source, List.of(new RegistryException.Problem(
                    null, "(file)", "must be a mapping with a 'partners' list")));
        }
        RegistryEntry root = new RegistryEntry(top, null, "", problems, environment);
        root.onlyKnownFields("partners");
        List<Partner> partners = new ArrayList<>();
        if (!(top.get("partners") instanceof List<?> entries)) {
            root.problem("partners", "must be a list of partners");
        } else {
            for (int i = 0; i < entries.size(); i++) {
                String position = "partners[" + i + "]";
                if (!(entries.get(i) instanceof Map<?, ?> map)) {
                    problems.add(new RegistryException.Problem(position, "(entry)", "must be a mapping of fields"));
                    continue;
                }
                new PartnerReader(new RegistryEntry(map, position, "", problems, environment))
                        .read()
                        .ifPresent(partners::add);
            }
            checkUnique(partners, problems);
        }
        if (!problems.isEmpty()) {
            throw new RegistryException(source, problems);
        }
        return new PartnerRegistry(partners);
    }

    /** Ids, logins, queues and EDI identities each name one partner only, or sender checks would be ambiguous. */
    private static void checkUnique(List<Partner> partners, List<RegistryException.Problem> problems) {
        Map<String, String> owners = new HashMap<>();
        for (Partner partner : partners) {
            claim(owners, problems, partner, "id", "id " + partner.id());
            if (partner.channel() instanceof Channel.EmbeddedSftp sftp) {
                claim(owners, problems, partner, "channel.user", "sftp user " + sftp.user());
            } else if (partner.channel() instanceof Channel.JmsQueues jms) {
                claim(owners, problems, partner, "channel.user", "jms user " + jms.user());
                claim(owners, problems, partner, "channel.inbound-queue", "queue " + jms.inboundQueue());
                claim(owners, problems, partner, "channel.reply-queue", "queue " + jms.replyQueue());
            }
            EdiIdentities ids = partner.identities();
            ids.x12().forEach(id -> claim(owners, problems, partner, "identities.x12", "X12 identity " + id));
            ids.edifact().forEach(id -> claim(owners, problems, partner, "identities.edifact", "EDIFACT identity " + id));
            ids.iataAirlines().forEach(id -> claim(owners, problems, partner, "identities.iata-airlines", "IATA airline " + id));
            ids.iataAgents().forEach(id -> claim(owners, problems, partner, "identities.iata-agents", "IATA agent " + id));
        }
    }

    private static void claim(
            Map<String, String> owners, List<RegistryException.Problem> problems, Partner partner, String field, String what) {
        String owner = owners.putIfAbsent(what, partner.id());
        if (owner != null) {
            problems.add(new RegistryException.Problem(partner.id(), field, what + " is already used by partner '" + owner + "'"));
        }
    }

    /** Reads one partner entry; yields nothing when the entry has problems (they are recorded). */
    private static final class PartnerReader {

        private RegistryEntry entry;
        private final int problemsBefore;
        private final List<RegistryException.Problem> problems;

        PartnerReader(RegistryEntry entry) {
            this.entry = entry;
            this.problems = entry.problems();
            this.problemsBefore = problems.size();
        }

        Optional<Partner> read() {
            Optional<String> id = entry.text("id");
            if (id.isPresent() && !PARTNER_ID.matcher(id.get()).matches()) {
                entry.problem("id", "'" + id.get() + "' must be 2-32 lower-case letters, digits or dashes");
                id = Optional.empty();
            }
            if (id.isPresent()) {
                entry = entry.forPartner(id.get());
            }
            entry.onlyKnownFields("id", "name", "kind", "identities", "channel", "acknowledgments", "validation", "formats");
            Optional<String> name = entry.text("name");
            Optional<PartnerKind> kind = entry.choice("kind", PartnerKind.class, PartnerKind::registryName, true);
            EdiIdentities identities = identities(entry.child("identities"));
            Optional<Channel> channel = id.flatMap(partnerId -> channel(entry.child("channel"), partnerId));
            AckPreferences acks = acknowledgments(entry.child("acknowledgments"));
            CodeListMode codeLists = validation(entry.child("validation"));
            Set<FilingFormat> formats = formats();

            if (kind.isPresent() && channel.isPresent()) {
                checkChannelFitsKind(kind.get(), channel.get());
            }
            checkIdentitiesCoverFormats(identities, formats);
            if (problems.size() > problemsBefore || id.isEmpty() || name.isEmpty() || kind.isEmpty() || channel.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Partner(id.get(), name.get(), kind.get(), identities, channel.get(), acks, codeLists, formats));
        }

        private EdiIdentities identities(RegistryEntry ids) {
            ids.onlyKnownFields("x12", "edifact", "iata-airlines", "iata-agents");
            List<X12Identity> x12 = new ArrayList<>();
            List<String> x12Texts = ids.texts("x12");
            for (int i = 0; i < x12Texts.size(); i++) {
                String[] parts = x12Texts.get(i).split(":", 2);
                if (parts.length != 2 || !X12_QUALIFIER.matcher(parts[0]).matches() || !X12_ID.matcher(parts[1]).matches()) {
                    ids.problem("x12[" + i + "]", "'" + x12Texts.get(i)
                            + "' must be QUALIFIER:ID, as in ISA05/ISA06 (ZZ:ACMEFWD): a 2-character qualifier and 1-15 characters");
                } else {
                    x12.add(new X12Identity(parts[0], parts[1]));
                }
            }
            List<EdifactIdentity> edifact = new ArrayList<>();
            List<String> edifactTexts = ids.texts("edifact");
            for (int i = 0; i < edifactTexts.size(); i++) {
                String[] parts = edifactTexts.get(i).split(":", 2);
                boolean qualifierOk = parts.length == 1 || EDIFACT_QUALIFIER.matcher(parts[1]).matches();
                if (!EDIFACT_ID.matcher(parts[0]).matches() || !qualifierOk) {
                    ids.problem("edifact[" + i + "]", "'" + edifactTexts.get(i)
                            + "' must be ID or ID:QUALIFIER, as in UNB 0004:0007: up to 35 characters without + : ' ?");
                } else {
                    edifact.add(new EdifactIdentity(parts[0], parts.length == 2 ? parts[1] : null));
                }
            }
            List<String> airlines = matching(ids, "iata-airlines", IATA_AIRLINE,
                    "a 2-character airline designator or a 3-digit airline prefix");
            List<String> agents = matching(ids, "iata-agents", IATA_AGENT,
                    "a 7-digit IATA cargo agent code, optionally followed by the 4-digit CASS branch");
            return new EdiIdentities(x12, edifact, airlines, agents);
        }

        private static List<String> matching(RegistryEntry entry, String key, Pattern pattern, String expected) {
            List<String> values = entry.texts(key);
            List<String> valid = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (pattern.matcher(values.get(i)).matches()) {
                    valid.add(values.get(i));
                } else {
                    entry.problem(key + "[" + i + "]", "'" + values.get(i) + "' must be " + expected);
                }
            }
            return valid;
        }

        private Optional<Channel> channel(RegistryEntry channel, String partnerId) {
            Optional<String> type = channel.text("type");
            if (type.isEmpty()) {
                return Optional.empty();
            }
            return switch (type.get()) {
                case "embedded-sftp" -> embeddedSftp(channel, partnerId);
                case "remote-sftp" -> remoteSftp(channel);
                case "jms" -> jms(channel, partnerId);
                default -> {
                    channel.problem("type", "'" + type.get() + "' is not one of embedded-sftp, remote-sftp, jms");
                    yield Optional.empty();
                }
            };
        }

        private Optional<Channel> embeddedSftp(RegistryEntry channel, String partnerId) {
            channel.onlyKnownFields("type", "user", "password-hash", "public-keys");
            String user = login(channel, partnerId);
            Optional<PasswordHash> hash = channel.parsed("password-hash", channel.secret("password-hash"), PasswordHash::parse);
            List<String> keys = channel.texts("public-keys");
            for (int i = 0; i < keys.size(); i++) {
                checkPublicKey(channel, "public-keys[" + i + "]", keys.get(i));
            }
            if (!channel.has("password-hash") && keys.isEmpty()) {
                channel.problem("password-hash", "a partner needs a password-hash or public-keys to log in");
            }
            return Optional.of(new Channel.EmbeddedSftp(user, new Channel.Login(hash, keys)));
        }

        private Optional<Channel> remoteSftp(RegistryEntry channel) {
            channel.onlyKnownFields("type", "host", "port", "user", "password", "private-key-file", "known-host",
                    "inbound-dir", "outbound-dir");
            Optional<String> host = channel.text("host");
            int port = channel.optionalInteger("port").orElse(22);
            if (port < 1 || port > 65535) {
                channel.problem("port", port + " is not a TCP port");
            }
            Optional<String> user = channel.text("user");
            Optional<Secret> password = channel.secret("password").map(Secret::new);
            if (password.isPresent() && password.get().value().contains(")&")) {
                // the password reaches the sftp endpoint as RAW(...), which this pair would end early
                channel.problem("password", "cannot contain the two characters )& in a row");
            }
            Optional<Path> key = channel.secret("private-key-file").map(Path::of);
            key.filter(file -> !Files.isReadable(file))
                    .ifPresent(file -> channel.problem("private-key-file", file + " cannot be read"));
            if (password.isEmpty() && key.isEmpty() && !channel.has("password") && !channel.has("private-key-file")) {
                channel.problem("password", "a remote server needs a password or a private-key-file to log in");
            }
            Optional<String> knownHost = channel.text("known-host");
            if (knownHost.isPresent() && host.isPresent()) {
                checkKnownHost(channel, knownHost.get(), host.get(), port);
            }
            Optional<String> inbound = channel.text("inbound-dir");
            Optional<String> outbound = channel.text("outbound-dir");
            if (host.isEmpty() || user.isEmpty() || knownHost.isEmpty() || inbound.isEmpty() || outbound.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Channel.RemoteSftp(
                    host.get(), port, user.get(), password, key, knownHost.get(), inbound.get(), outbound.get()));
        }

        private Optional<Channel> jms(RegistryEntry channel, String partnerId) {
            channel.onlyKnownFields("type", "user", "password-hash", "inbound-queue", "reply-queue");
            String user = login(channel, partnerId);
            Optional<PasswordHash> hash = channel.parsed("password-hash", channel.secret("password-hash"), PasswordHash::parse);
            if (!channel.has("password-hash")) {
                channel.problem("password-hash", "is required: the partner logs in to the broker with it");
            }
            String inbound = queue(channel, "inbound-queue", "partner." + partnerId + ".filings");
            String reply = queue(channel, "reply-queue", "partner." + partnerId + ".replies");
            if (inbound.equals(reply)) {
                channel.problem("reply-queue", "must differ from inbound-queue");
            }
            return Optional.of(new Channel.JmsQueues(user, hash, inbound, reply));
        }

        private static String login(RegistryEntry channel, String partnerId) {
            String user = channel.optionalText("user").orElse(partnerId);
            if (!LOGIN.matcher(user).matches()) {
                channel.problem("user", "'" + user + "' must be 1-32 lower-case letters, digits, dots, dashes or underscores");
            }
            return user;
        }

        private static String queue(RegistryEntry channel, String key, String fallback) {
            String queue = channel.optionalText(key).orElse(fallback);
            if (!QUEUE.matcher(queue).matches()) {
                channel.problem(key, "'" + queue + "' must be letters, digits, dots, dashes or underscores (no wildcards)");
            } else if (queue.startsWith(RESERVED_QUEUE_PREFIX)) {
                channel.problem(key, "'" + queue + "' is in the gateway's own namespace (" + RESERVED_QUEUE_PREFIX + "*)");
            }
            return queue;
        }

        private static void checkPublicKey(RegistryEntry channel, String field, String line) {
            try {
                AuthorizedKeyEntry entry = AuthorizedKeyEntry.parseAuthorizedKeyEntry(line);
                if (entry == null || entry.resolvePublicKey(null, PublicKeyEntryResolver.FAILING) == null) {
                    channel.problem(field, "is not an OpenSSH public key line (ssh-ed25519 AAAA... comment)");
                }
            } catch (Exception e) {
                channel.problem(field, "is not a usable OpenSSH public key: " + e.getMessage());
            }
        }

        private static void checkKnownHost(RegistryEntry channel, String line, String host, int port) {
            try {
                KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line);
                if (entry == null || entry.getKeyEntry() == null) {
                    channel.problem("known-host", "is not a known_hosts line ([host]:port ssh-ed25519 AAAA...)");
                    return;
                }
                entry.getKeyEntry().resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
                if (!entry.isHostMatch(host, port)) {
                    String expected = port == 22 ? host : "[" + host + "]:" + port;
                    channel.problem("known-host", "does not name " + expected + ", the host it is meant to pin");
                }
            } catch (Exception e) {
                channel.problem("known-host", "is not a usable known_hosts line: " + e.getMessage());
            }
        }

        private AckPreferences acknowledgments(RegistryEntry acks) {
            acks.onlyKnownFields("functional", "ta1", "contrl", "business");
            AckPreferences defaults = AckPreferences.DEFAULTS;
            return new AckPreferences(
                    acks.choice("functional", FunctionalAck.class, FunctionalAck::registryName, false)
                            .orElse(defaults.functionalAck()),
                    acks.choice("ta1", AckPolicy.class, AckPolicy::registryName, false).orElse(defaults.ta1()),
                    acks.choice("contrl", AckPolicy.class, AckPolicy::registryName, false).orElse(defaults.contrl()),
                    acks.choice("business", BusinessAck.class, BusinessAck::registryName, false)
                            .orElse(defaults.x12Business()));
        }

        private static CodeListMode validation(RegistryEntry validation) {
            validation.onlyKnownFields("code-lists");
            return validation.choice("code-lists", CodeListMode.class, CodeListMode::registryName, false)
                    .orElse(CodeListMode.STRICT);
        }

        private Set<FilingFormat> formats() {
            List<String> names = entry.texts("formats");
            if (names.isEmpty() && !entry.has("formats")) {
                entry.problem("formats", "is required: list the message sets this partner may file");
            }
            Set<FilingFormat> formats = EnumSet.noneOf(FilingFormat.class);
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Optional<FilingFormat> format = java.util.Arrays.stream(FilingFormat.values())
                        .filter(f -> f.registryName().equals(name))
                        .findFirst();
                if (format.isEmpty()) {
                    entry.problem("formats[" + i + "]", "'" + name + "' is not a format the gateway accepts");
                } else if (!formats.add(format.get())) {
                    entry.problem("formats[" + i + "]", "'" + name + "' is listed twice");
                }
            }
            return formats;
        }

        private void checkChannelFitsKind(PartnerKind kind, Channel channel) {
            if (kind == PartnerKind.AGENCY_BACK_END && !(channel instanceof Channel.JmsQueues)) {
                entry.problem("channel.type", "an agency back end exchanges messages over jms");
            }
        }

        /** A partner allowed to file a message set needs the identity its envelope will carry. */
        private void checkIdentitiesCoverFormats(EdiIdentities ids, Set<FilingFormat> formats) {
            if (formats.stream().anyMatch(f -> f.name().startsWith("X12_")) && ids.x12().isEmpty()) {
                entry.problem("identities.x12", "is required: the partner may file X12");
            }
            if (formats.contains(FilingFormat.EDIFACT_CUSCAR) && ids.edifact().isEmpty()) {
                entry.problem("identities.edifact", "is required: the partner may file EDIFACT");
            }
            boolean air = formats.stream().anyMatch(f -> f.name().startsWith("CARGO_"));
            if (air && ids.iataAirlines().isEmpty() && ids.iataAgents().isEmpty()) {
                entry.problem("identities.iata-airlines", "an IATA airline or agent code is required: the partner may file air cargo messages");
            }
        }
    }
}
