package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.camel.RuntimeCamelException;
import org.borderedi.gateway.partners.PasswordHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as an operator uses it. */
class GatewayLauncherTest {

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream systemOut;
    private PrintStream systemErr;
    private InputStream systemIn;

    @BeforeEach
    void captureConsole() {
        systemOut = System.out;
        systemErr = System.err;
        systemIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(systemOut);
        System.setErr(systemErr);
        System.setIn(systemIn);
    }

    @Test
    void a_bad_registry_stops_the_gateway_with_a_message_naming_the_partner_and_the_field() throws Exception {
        Path registry = Files.writeString(tmp.resolve("partners.yaml"), """
                partners:
                  - id: acme
                    name: ACME Forwarding
                    kind: shipping-line
                    identities: {x12: ["ZZ:ACMEFWD"]}
                    channel: {type: embedded-sftp, pasword-hash: "x"}
                    formats: [x12-309]
                """);
        Path config = Files.writeString(tmp.resolve("gateway.properties"), String.join("\n",
                "gateway.partners.file = " + registry,
                "gateway.data-dir = " + tmp.resolve("data"),
                "gateway.health.port = " + RunningGateway.freePort(), ""));

        int exit = GatewayLauncher.run(List.of("--config", config.toString()));

        assertEquals(1, exit);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("The gateway could not start: Partner registry " + registry + " is not valid"), message);
        assertTrue(message.contains("partner 'acme', field kind: 'shipping-line' is not one of"), message);
        assertTrue(message.contains("partner 'acme', field channel.pasword-hash: unknown field"), message);
    }

    @Test
    void hash_password_prints_a_hash_that_the_registry_accepts() throws Exception {
        System.setIn(new ByteArrayInputStream("a-good-long-password\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, GatewayLauncher.run(List.of("hash-password")));

        PasswordHash hash = PasswordHash.parse(out.toString(StandardCharsets.UTF_8).strip());
        assertTrue(hash.matches("a-good-long-password".toCharArray()));
    }

    @Test
    void hash_password_refuses_a_short_password() throws Exception {
        System.setIn(new ByteArrayInputStream("short\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(1, GatewayLauncher.run(List.of("hash-password")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("at least 12 characters"));
    }

    @Test
    void an_unknown_command_or_option_shows_the_usage() {
        assertEquals(2, GatewayLauncher.run(List.of("frobnicate")));
        assertEquals(2, GatewayLauncher.run(List.of("--verbose")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage: java -jar cargo-edi-gateway.jar"));
    }

    @Test
    void help_shows_the_usage() {
        assertEquals(0, GatewayLauncher.run(List.of("--help")));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: java -jar cargo-edi-gateway.jar"));
    }

    @Test
    void a_missing_configuration_file_is_named() {
        assertEquals(2, GatewayLauncher.run(List.of("--config", tmp.resolve("nope.properties").toString())));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot read the configuration file"));
    }

    @Test
    void start_up_problems_are_reported_in_the_words_of_what_failed() {
        Exception wrapped = new RuntimeCamelException(new java.io.IOException("the SFTP server cannot listen on 127.0.0.1:2222"));
        assertEquals("the SFTP server cannot listen on 127.0.0.1:2222", GatewayLauncher.startupProblem(wrapped));
    }
}
