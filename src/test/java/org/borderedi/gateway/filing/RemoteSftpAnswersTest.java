package org.borderedi.gateway.filing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.borderedi.gateway.partners.TestPartners;
import org.borderedi.gateway.runtime.RunningGateway;
import org.borderedi.gateway.sftp.EmbeddedSftpServer;
import org.borderedi.gateway.sftp.PartnerFolders;
import org.borderedi.gateway.sftp.SftpServerSettings;
import org.borderedi.gateway.sftp.UploadTracker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner with its own SFTP server: the gateway collects its filing there and uploads the answers back to the folder
 * the registry names, whole (temporary name, then rename) and once.
 */
class RemoteSftpAnswersTest {

    private static final String LOGIN_PASSWORD = "remote-answers-test-password";

    @TempDir
    static Path tmp;

    private static EmbeddedSftpServer partnerServer;
    private static RunningGateway gateway;

    @BeforeAll
    static void start() {
        partnerServer = new EmbeddedSftpServer(new SftpServerSettings("127.0.0.1", 0, tmp.resolve("host-key"),
                tmp.resolve("partner-server"), 1_000_000),
                TestPartners.registry(TestPartners.sftpForwarder("gateway", LOGIN_PASSWORD)), new UploadTracker());
        partnerServer.start();
        gateway = RunningGateway.start(tmp.resolve("data"), """
                partners:
                  - id: remote-fwd
                    name: Remote Forwarder
                    kind: forwarder
                    identities: {x12: ["ZZ:DEMOFWD"]}
                    channel:
                      type: remote-sftp
                      host: 127.0.0.1
                      port: %d
                      user: gateway
                      password: "%s"
                      known-host: "%s"
                      inbound-dir: outbound
                      outbound-dir: inbound
                    formats: [x12-309]
                """.formatted(partnerServer.port(), LOGIN_PASSWORD, partnerServer.knownHostsLine()), java.util.Map.of());
    }

    @AfterAll
    static void stop() {
        gateway.close();
        partnerServer.stop();
    }

    @Test
    void the_answers_to_a_filing_collected_from_the_partners_server_are_uploaded_to_it() throws Exception {
        PartnerFolders onTheirServer = PartnerFolders.of(tmp.resolve("partner-server"), "gateway");
        Files.writeString(onTheirServer.outbound().resolve("MANIFEST-" + UUID.randomUUID() + ".edi"),
                Files.readString(Path.of("edi-samples/x12/309-ocean-demo.edi")));

        List<Path> answers = await().atMost(Duration.ofSeconds(45))
                .until(() -> answersIn(onTheirServer.inbound()), found -> found.size() == 2);
        assertTrue(answers.get(0).getFileName().toString().endsWith("-01-997.x12"), answers.toString());
        assertTrue(answers.get(1).getFileName().toString().endsWith("-02-355.x12"), answers.toString());
        assertTrue(Files.readString(answers.get(0), StandardCharsets.ISO_8859_1).contains("AK9*A*1*1*1~"));
        assertTrue(Files.readString(answers.get(1), StandardCharsets.ISO_8859_1).contains("K1*ACCEPTED"));
    }

    /** The complete answers: not the ones still under the temporary upload name. */
    private static List<Path> answersIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }
}
