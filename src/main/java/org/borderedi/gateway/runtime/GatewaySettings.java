package org.borderedi.gateway.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.camel.spi.PropertiesComponent;
import org.borderedi.gateway.broker.BrokerClientSettings;
import org.borderedi.gateway.broker.EmbeddedBrokerSettings;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.filing.TargetingPayload;
import org.borderedi.gateway.intake.IntakeSettings;
import org.borderedi.gateway.journal.JournalSettings;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;
import org.borderedi.gateway.partners.Secret;
import org.borderedi.gateway.sftp.SftpServerSettings;
import org.borderedi.gateway.status.DecisionSharing;

/**
 * The gateway's configuration as typed values, read from Camel's properties: application.properties, then the
 * {@code --config} file, then environment variables ({@code GATEWAY_BROKER_URL} for {@code gateway.broker.url}) and
 * system properties, each overriding the one before. Every key, with its default and meaning, is in
 * application.properties; this class only gives them types.
 */
public final class GatewaySettings {

    private static final long MIB = 1024L * 1024L;

    private final Function<String, Optional<String>> properties;

    public GatewaySettings(Function<String, Optional<String>> properties) {
        this.properties = properties;
    }

    public static GatewaySettings from(PropertiesComponent properties) {
        return new GatewaySettings(properties::resolveProperty);
    }

    public DataDirectory dataDirectory() {
        return new DataDirectory(Path.of(text("gateway.data-dir")));
    }

    /** The partner registry file; empty means the demo registry that ships in the jar. */
    public Optional<Path> partnersFile() {
        return optional("gateway.partners.file").map(Path::of);
    }

    /** An external broker when {@code gateway.broker.url} is set; otherwise the embedded one. */
    public Optional<String> externalBrokerUrl() {
        return optional("gateway.broker.url");
    }

    public String brokerUser() {
        return text("gateway.broker.user");
    }

    public Optional<Secret> brokerPassword() {
        return optional("gateway.broker.password").map(Secret::new);
    }

    public EmbeddedBrokerSettings embeddedBroker(DataDirectory data, Secret gatewayPassword) {
        return new EmbeddedBrokerSettings(
                data.broker(),
                text("gateway.broker.embedded.host"),
                integer("gateway.broker.embedded.port"),
                integer("gateway.broker.embedded.memory-limit-mib") * MIB,
                integer("gateway.broker.embedded.store-limit-mib") * MIB,
                integer("gateway.broker.embedded.temp-limit-mib") * MIB,
                brokerUser(),
                gatewayPassword);
    }

    public BrokerClientSettings brokerClient(String url, Secret password) {
        Optional<BrokerClientSettings.TlsSettings> tls = optional("gateway.broker.tls.trust-store").map(trustStore ->
                new BrokerClientSettings.TlsSettings(
                        Path.of(trustStore),
                        new Secret(text("gateway.broker.tls.trust-store-password")),
                        optional("gateway.broker.tls.key-store").map(Path::of),
                        optional("gateway.broker.tls.key-store-password").map(Secret::new)));
        return new BrokerClientSettings(url, brokerUser(), password, tls,
                integer("gateway.broker.max-connections"),
                new BrokerClientSettings.Redelivery(
                        integer("gateway.broker.redelivery.maximum"),
                        millis("gateway.broker.redelivery.initial-delay-ms"),
                        Double.parseDouble(text("gateway.broker.redelivery.multiplier")),
                        millis("gateway.broker.redelivery.maximum-delay-ms")));
    }

    public boolean embeddedSftpEnabled() {
        return Boolean.parseBoolean(text("gateway.sftp.enabled"));
    }

    public SftpServerSettings sftpServer(DataDirectory data) {
        return new SftpServerSettings(text("gateway.sftp.host"), integer("gateway.sftp.port"), data.sftpHostKey(),
                data.partnerFolders(), maxFileBytes());
    }

    public IntakeSettings intake(DataDirectory data) {
        String names = text("gateway.intake.temporary-names");
        Pattern temporaryNames;
        try {
            temporaryNames = Pattern.compile(names);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("gateway.intake.temporary-names is not a regular expression: " + names, e);
        }
        return new IntakeSettings(maxFileBytes(), temporaryNames, data.partnerFolders(), data.staging(),
                Duration.ofDays(integer("gateway.intake.remote-take-retention-days")));
    }

    /** The journal: the embedded H2 database in the data directory unless {@code gateway.journal.url} names another. */
    public JournalSettings journal(DataDirectory data) {
        int connections = integer("gateway.journal.max-connections");
        return optional("gateway.journal.url")
                .map(url -> new JournalSettings(url, optional("gateway.journal.user").orElse(""),
                        new Secret(optional("gateway.journal.password").orElse("")), connections))
                .orElseGet(() -> JournalSettings.embedded(data.journal(), connections));
    }

    public Duration duplicateWindow() {
        return Duration.ofDays(integer("gateway.syntax.duplicate-window-days"));
    }

    /** Who the gateway is in envelopes ({@code gateway.identity.x12}, {@code gateway.identity.edifact}). */
    public GatewayIdentity identity() {
        List<X12Identity> x12 = new ArrayList<>();
        for (String value : text("gateway.identity.x12").split(",")) {
            String[] parts = value.strip().split(":", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("gateway.identity.x12 must list QUALIFIER:ID values, not '" + value.strip() + "'");
            }
            x12.add(new X12Identity(parts[0], parts[1]));
        }
        List<EdifactIdentity> edifact = new ArrayList<>();
        for (String value : text("gateway.identity.edifact").split(",")) {
            String[] parts = value.strip().split(":", 2);
            edifact.add(new EdifactIdentity(parts[0], parts.length == 2 ? parts[1] : null));
        }
        return new GatewayIdentity(x12, edifact);
    }

    /** How canonical shipments travel to targeting ({@code gateway.targeting.payload}). */
    public TargetingPayload targetingPayload() {
        return TargetingPayload.of(text("gateway.targeting.payload"));
    }

    /** Which decisions go on to a second agency ({@code gateway.sharing.*}). */
    public DecisionSharing decisionSharing() {
        return new DecisionSharing(optional("gateway.sharing.queue").orElse(""),
                list("gateway.sharing.kinds").stream().map(DecisionKind::valueOf).collect(Collectors.toSet()),
                Set.copyOf(list("gateway.sharing.agencies")));
    }

    private List<String> list(String key) {
        return optional(key).map(value -> List.of(value.split(","))).orElse(List.of()).stream().map(String::strip)
                .filter(value -> !value.isEmpty()).toList();
    }

    /** How often the broker redelivers a message whose processing failed before it goes to its dead-letter queue. */
    public int maximumRedeliveries() {
        return integer("gateway.broker.redelivery.maximum");
    }

    /** host:port of the health endpoint. */
    public String healthAddress() {
        return text("gateway.health.host") + ":" + integer("gateway.health.port");
    }

    private long maxFileBytes() {
        return fileSizeLimit().bytes();
    }

    /** gateway.intake.max-file-mib as the heap allows it for the filings processed at once. */
    FileSizeLimit fileSizeLimit() {
        return FileSizeLimit.of(integer("gateway.intake.max-file-mib") * MIB, integer("gateway.processing.consumers"));
    }

    private String text(String key) {
        return optional(key).orElseThrow(() -> new IllegalArgumentException(
                "configuration key " + key + " has no value (see application.properties)"));
    }

    private Optional<String> optional(String key) {
        return properties.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    }

    private int integer(String key) {
        String value = text(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("configuration key " + key + " must be a whole number, not '" + value + "'", e);
        }
    }

    private Duration millis(String key) {
        return Duration.ofMillis(integer(key));
    }
}
