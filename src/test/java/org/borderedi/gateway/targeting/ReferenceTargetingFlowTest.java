package org.borderedi.gateway.targeting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.sshd.sftp.client.SftpClient;
import org.borderedi.gateway.partners.TestPartners;
import org.borderedi.gateway.runtime.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's demos on the embedded defaults, reference engine on: a forwarder's 309 ends in a 350 release in its
 * outbound folder; an air carrier's FWB/FHL pair ends in a "do not load" PSN on its reply queue for the house whose
 * shipper is on the watch list.
 */
class ReferenceTargetingFlowTest {

    private static final String PASSWORD = "forwarder-test-password";
    private static final String CARRIER_PASSWORD = "carrier-test-password";
    private static final Duration OUTCOME = Duration.ofSeconds(45);

    @TempDir
    static Path tmp;

    private static RunningGateway gateway;

    @BeforeAll
    static void start() {
        gateway = RunningGateway.start(tmp.resolve("data"), """
                partners:
                  - id: demofwd
                    name: Demo Forwarding
                    kind: forwarder
                    identities: {x12: ["ZZ:DEMOFWD"]}
                    channel: {type: embedded-sftp, password-hash: "%s"}
                    formats: [x12-309]
                  - id: carrier
                    name: Demo Air Cargo
                    kind: air-carrier
                    identities: {iata-airlines: ["074", "KL"]}
                    channel: {type: jms, password-hash: "%s", inbound-queue: partner.carrier.filings, reply-queue: partner.carrier.replies}
                    formats: [cargo-imp-fwb, cargo-imp-fhl]
                """.formatted(TestPartners.hash(PASSWORD).encoded(), TestPartners.hash(CARRIER_PASSWORD).encoded()),
                Map.of(RunningGateway.REFERENCE_ENGINE, "true"));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void a_309_from_a_forwarder_ends_in_a_350_release() throws Exception {
        String name = "DEMO-" + UUID.randomUUID() + ".edi";
        try (SftpClient sftp = gateway.sftp("demofwd", PASSWORD);
                OutputStream out = sftp.write("inbound/" + name, EnumSet.of(SftpClient.OpenMode.Write,
                        SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate))) {
            out.write(Files.readAllBytes(Path.of("edi-samples/x12/309-ocean-demo.edi")));
        }
        Path outbound = gateway.folders("demofwd").outbound();
        Path release = await().atMost(OUTCOME).until(() -> file(outbound, "-350.x12"), Optional::isPresent).get();
        String notice = Files.readString(release, StandardCharsets.ISO_8859_1);
        assertTrue(notice.contains("X4*0000123456****") && notice.contains("*1C*"), notice);
    }

    @Test
    void an_fwb_and_fhl_pair_from_an_air_carrier_ends_in_do_not_load_for_the_watched_house() throws Exception {
        try (Connection carrier = gateway.jms("carrier", CARRIER_PASSWORD)) {
            Session session = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer replies = session.createConsumer(session.createQueue("partner.carrier.replies"));
            session.createProducer(session.createQueue("partner.carrier.filings")).send(session.createTextMessage(
                    Files.readString(Path.of("edi-samples/cargo-imp/fwb17-and-fhl5-together.txt"))));

            for (int i = 0; i < 12; i++) {
                Message reply = replies.receive(OUTCOME.toMillis());
                assertNotNull(reply, "no do-not-load notice among the replies");
                String text = ((TextMessage) reply).getText();
                if (text.contains("CSN/6H/")) {
                    assertTrue(text.contains("PSN 074-22598100-AMS3300918 CSN/6H/"), text);
                    return;
                }
            }
            throw new AssertionError("no do-not-load notice among the first replies");
        }
    }

    private static Optional<Path> file(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        }
    }
}
