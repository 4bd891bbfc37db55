package org.borderedi.gateway.partners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.borderedi.gateway.partners.AckPreferences.AckPolicy;
import org.borderedi.gateway.partners.AckPreferences.BusinessAck;
import org.borderedi.gateway.partners.AckPreferences.FunctionalAck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PartnerRegistryLoaderTest {

    private static final String HASH = TestPartners.hash("a-long-enough-password").encoded();
    private static final String KEY = TestPartners.openSshLine(TestPartners.newKeyPair().getPublic());

    private static final Map<String, String> ENVIRONMENT = Map.of("ACME_PASSWORD_HASH", HASH, "REMOTE_PASSWORD", "s3cret-remote");

    private final PartnerRegistryLoader loader = new PartnerRegistryLoader(ENVIRONMENT::get);

    @Test
    void loads_the_demo_registry_that_ships_for_the_embedded_run() throws Exception {
        PartnerRegistry registry;
        try (InputStream in = getClass().getResourceAsStream("/demo-partners.yaml")) {
            registry = new PartnerRegistryLoader(name -> null).load("demo-partners.yaml", in);
        }
        assertEquals(3, registry.all().size());
        Partner forwarder = registry.bySftpUser("demo-forwarder").orElseThrow();
        assertEquals(PartnerKind.FORWARDER, forwarder.kind());
        assertTrue(((Channel.EmbeddedSftp) forwarder.channel()).login().passwordHash().orElseThrow()
                .matches("forwarder-demo-password".toCharArray()));
        Partner carrier = registry.byJmsUser("demo-aircarrier").orElseThrow();
        assertEquals("partner.demo-aircarrier.filings", ((Channel.JmsQueues) carrier.channel()).inboundQueue());
        assertEquals("partner.demo-backend.filings",
                ((Channel.JmsQueues) registry.byId("demo-backend").orElseThrow().channel()).inboundQueue());
    }

    @Test
    void reads_every_field_of_a_complete_entry() {
        PartnerRegistry registry = loader.load("test", yaml("""
                partners:
                  - id: acme
                    name: ACME Forwarding
                    kind: forwarder
                    identities:
                      x12: ["ZZ:ACMEFWD", "01:123456789"]
                      edifact: ["ACMEFWD:ZZZ"]
                    channel:
                      type: embedded-sftp
                      user: acme-ops
                      password-hash: "${env:ACME_PASSWORD_HASH}"
                      public-keys: ["%s"]
                    acknowledgments: {functional: "999", ta1: always, contrl: always, business: "824"}
                    validation: {code-lists: warn}
                    formats: [x12-309, edifact-cuscar]
                  - id: remote-one
                    name: Remote One
                    kind: air-carrier
                    identities: {iata-airlines: ["AC", "014"], iata-agents: ["12345671234"]}
                    channel:
                      type: remote-sftp
                      host: sftp.remote.example
                      port: 2200
                      user: gateway
                      password: "${env:REMOTE_PASSWORD}"
                      known-host: "%s"
                      inbound-dir: /to-gateway
                      outbound-dir: /from-gateway
                    formats: [cargo-imp-fwb]
                """.formatted(KEY, knownHost("[sftp.remote.example]:2200"))));

        Partner acme = registry.bySftpUser("acme-ops").orElseThrow();
        assertEquals(new AckPreferences(FunctionalAck.X12_999, AckPolicy.ALWAYS, AckPolicy.ALWAYS, BusinessAck.X12_824), acme.acknowledgments());
        assertEquals(CodeListMode.WARN, acme.codeLists());
        assertEquals(CodeListMode.STRICT, registry.byId("remote-one").orElseThrow().codeLists(), "the default");
        assertEquals(BusinessAck.X12_355, registry.byId("remote-one").orElseThrow().acknowledgments().x12Business(),
                "the default business acknowledgment");
        assertEquals("01:123456789", acme.identities().x12().get(1).toString());
        assertEquals("ZZZ", acme.identities().edifact().get(0).qualifier());
        Channel.EmbeddedSftp sftp = (Channel.EmbeddedSftp) acme.channel();
        assertTrue(sftp.login().passwordHash().orElseThrow().matches("a-long-enough-password".toCharArray()));
        assertEquals(1, sftp.login().publicKeys().size());
        assertTrue(acme.mayFile(FilingFormat.EDIFACT_CUSCAR));

        Channel.RemoteSftp remote = (Channel.RemoteSftp) registry.byId("remote-one").orElseThrow().channel();
        assertEquals(2200, remote.port());
        assertEquals(Optional.of("s3cret-remote"), remote.password().map(Secret::value));
        assertEquals("******", remote.password().orElseThrow().toString());
    }

    static Stream<Arguments> bad_registries() {
        return Stream.of(
                bad("an unknown kind", "kind: shipping-line", "acme", "kind", "'shipping-line' is not one of forwarder"),
                bad("a misspelt field", "kind: forwarder\n    pasword: x", "acme", "pasword", "unknown field"),
                bad("a bad X12 identity", "identities: {x12: [\"ACMEFWD\"]}", "acme", "identities.x12[0]", "QUALIFIER:ID"),
                bad("an X12 id over 15 characters", "identities: {x12: [\"ZZ:ABCDEFGHIJKLMNOP\"]}", "acme", "identities.x12[0]", "1-15"),
                bad("an EDIFACT id with a separator", "identities: {x12: [\"ZZ:A\"], edifact: [\"AC+ME\"]}", "acme", "identities.edifact[0]", "without + : ' ?"),
                bad("a bad airline code", "identities: {x12: [\"ZZ:A\"], iata-airlines: [\"ACME\"]}", "acme", "identities.iata-airlines[0]", "airline"),
                bad("an unknown format", "formats: [x12-310]", "acme", "formats[0]", "'x12-310' is not a format"),
                bad("X12 formats without an X12 identity", "identities: {edifact: [\"ACME\"]}", "acme", "identities.x12", "may file X12"),
                bad("a password hash that is not one", "channel: {type: embedded-sftp, password-hash: plain-text}", "acme", "channel.password-hash", "not a hash"),
                bad("a missing environment variable", "channel: {type: embedded-sftp, password-hash: \"${env:NOPE}\"}", "acme", "channel.password-hash", "NOPE is not set"),
                bad("no credentials at all", "channel: {type: embedded-sftp}", "acme", "channel.password-hash", "needs a password-hash or public-keys"),
                bad("a broken public key", "channel: {type: embedded-sftp, public-keys: [\"ssh-ed25519 AAAAnotakey\"]}", "acme", "channel.public-keys[0]", "public key"),
                bad("an unknown channel type", "channel: {type: ftp}", "acme", "channel.type", "'ftp' is not one of"),
                bad("a remote server without a pinned host key",
                        "channel: {type: remote-sftp, host: h.example, user: u, password: p, inbound-dir: /i, outbound-dir: /o}",
                        "acme", "channel.known-host", "is required"),
                bad("a pinned key for another host",
                        "channel: {type: remote-sftp, host: h.example, user: u, password: p, inbound-dir: /i, outbound-dir: /o, known-host: \""
                                + knownHost("other.example") + "\"}",
                        "acme", "channel.known-host", "does not name h.example"),
                bad("a queue in the gateway's namespace",
                        "channel: {type: jms, password-hash: \"" + HASH + "\", inbound-queue: gateway.intake}",
                        "acme", "channel.inbound-queue", "gateway's own namespace"),
                bad("a queue with a wildcard",
                        "channel: {type: jms, password-hash: \"" + HASH + "\", inbound-queue: \"partner.>\"}",
                        "acme", "channel.inbound-queue", "no wildcards"),
                bad("a jms partner without a password hash", "channel: {type: jms}", "acme", "channel.password-hash", "is required"),
                bad("an unknown acknowledgment", "acknowledgments: {functional: \"998\"}", "acme", "acknowledgments.functional", "'998' is not one of 997, 999"),
                bad("an unknown business acknowledgment", "acknowledgments: {business: \"997\"}", "acme", "acknowledgments.business", "'997' is not one of 355, 824"),
                bad("an unknown code-list mode", "validation: {code-lists: lenient}", "acme", "validation.code-lists", "'lenient' is not one of strict, warn, off"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void bad_registries(String what, String yaml, String partner, String field, String message) {
        RegistryException e = assertThrows(RegistryException.class, () -> loader.load("test", yaml(yaml)));
        assertTrue(e.problems().stream().anyMatch(p -> partner.equals(p.partner()) && field.equals(p.field())
                        && p.message().contains(message)),
                () -> "expected a problem at " + partner + " / " + field + " saying '" + message + "', got:\n" + e.getMessage());
    }

    @Test
    void names_the_partner_and_field_in_the_message_that_stops_the_gateway() {
        RegistryException e = assertThrows(RegistryException.class,
                () -> loader.load("partners.yaml", yaml(entry("acme", "kind: shipping-line"))));
        assertTrue(e.getMessage().startsWith("Partner registry partners.yaml is not valid:"), e.getMessage());
        assertTrue(e.getMessage().contains("partner 'acme', field kind: 'shipping-line' is not one of forwarder, air-carrier, agency-back-end"),
                e.getMessage());
    }

    @Test
    void refuses_two_partners_with_the_same_identity_or_login() {
        String two = "partners:\n" + entry("acme", "kind: forwarder").substring("partners:\n".length())
                + entry("acme2", "kind: forwarder").substring("partners:\n".length()).replace("user: acme2", "user: acme");
        RegistryException e = assertThrows(RegistryException.class, () -> loader.load("test", yaml(two)));
        assertTrue(e.getMessage().contains("partner 'acme2', field channel.user: sftp user acme is already used by partner 'acme'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("partner 'acme2', field identities.x12: X12 identity ZZ:ACMEFWD is already used"),
                e.getMessage());
    }

    @Test
    void refuses_an_entry_without_id_by_its_position() {
        RegistryException e = assertThrows(RegistryException.class, () -> loader.load("test", yaml("""
                partners:
                  - name: Nameless
                """)));
        assertTrue(e.problems().stream().anyMatch(p -> "partners[0]".equals(p.partner()) && "id".equals(p.field())), e.getMessage());
    }

    @Test
    void refuses_a_file_that_is_not_a_registry() {
        RegistryException e = assertThrows(RegistryException.class, () -> loader.load("test", yaml("- just a list")));
        assertTrue(e.getMessage().contains("must be a mapping with a 'partners' list"), e.getMessage());
    }

    /** One valid forwarder entry, with one line replaced or added (the replacement's first key decides which). */
    private static String entry(String id, String change) {
        String base = """
                partners:
                  - id: %1$s
                    name: Partner %1$s
                    kind: forwarder
                    identities: {x12: ["ZZ:ACMEFWD"]}
                    channel: {type: embedded-sftp, user: %1$s, password-hash: "%2$s"}
                    formats: [x12-309]
                """.formatted(id, HASH);
        String key = change.substring(0, change.indexOf(':') + 1);
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (String line : base.split("\n")) {
            if (line.strip().startsWith(key) && !replaced) {
                out.append("    ").append(change).append('\n');
                replaced = true;
            } else {
                out.append(line).append('\n');
            }
        }
        if (!replaced) {
            out.append("    ").append(change).append('\n');
        }
        return out.toString();
    }

    private static Arguments bad(String what, String change, String partner, String field, String message) {
        return Arguments.of(what, entry("acme", change), partner, field, message);
    }

    private static String knownHost(String hostPattern) {
        return hostPattern + " " + KEY.substring(0, KEY.lastIndexOf(' '));
    }

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
