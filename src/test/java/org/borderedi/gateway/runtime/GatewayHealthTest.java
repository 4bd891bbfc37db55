package org.borderedi.gateway.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.sftp.EmbeddedSftpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The health endpoint as an operator or an orchestrator sees it. */
class GatewayHealthTest {

    @TempDir
    static Path tmp;

    private static RunningGateway gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startGateway() {
        gateway = RunningGateway.start(tmp.resolve("data"), RegistryYaml.of(
                RegistryYaml.sftpForwarder("acme", "health-test-password"),
                RegistryYaml.jmsCarrier("carrier", "XT", "health-test-password")), Map.of());
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @Test
    void reports_the_broker_the_sftp_server_and_every_route_up() throws Exception {
        String health = awaitStatus("", 200);
        for (String check : new String[] {"broker", "sftp-server", "route:intake", "route:take-claimed-uploads",
                "route:sftp-drops-acme", "route:jms-filings-carrier"}) {
            assertTrue(health.matches("(?s).*\"name\":\"" + check + "\",\"status\":\"UP\".*"), check + " in " + health);
        }
    }

    @Test
    void answers_readiness_and_liveness_probes() throws Exception {
        awaitStatus("/ready", 200);
        awaitStatus("/live", 200);
    }

    @Test
    void reports_down_while_the_sftp_server_is_down() throws Exception {
        awaitStatus("", 200);
        EmbeddedSftpServer sftp = gateway.context().getRegistry().lookupByNameAndType("sftpServer", EmbeddedSftpServer.class);
        sftp.stop();
        try {
            String health = awaitStatus("", 503);
            assertTrue(health.contains("\"name\":\"sftp-server\",\"status\":\"DOWN\""), health);
            assertTrue(health.startsWith("{\"status\":\"DOWN\""), health);
        } finally {
            sftp.start();
        }
        awaitStatus("", 200);
    }

    /** Waits until the endpoint answers with the status, and returns its body without white space. */
    private String awaitStatus(String path, int status) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway.healthUrl() + path)).build();
        HttpResponse<String> response = await().atMost(Duration.ofSeconds(20)).until(
                () -> http.send(request, HttpResponse.BodyHandlers.ofString()), r -> r.statusCode() == status);
        assertEquals(status, response.statusCode());
        return response.body().replaceAll("\\s", "");
    }
}
