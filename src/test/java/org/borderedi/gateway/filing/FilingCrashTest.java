package org.borderedi.gateway.filing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.borderedi.gateway.journal.FilingEvent;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.journal.JournaledFiling;
import org.borderedi.gateway.journal.OutboundDocument;
import org.borderedi.gateway.journal.StoppedGatewayJournal;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.partners.RegistryYaml;
import org.borderedi.gateway.runtime.GatewayProcess;
import org.borderedi.gateway.sftp.PartnerFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills the gateway (SIGKILL, a separate JVM) at each point of processing and delivering a filing and starts it
 * again: every time, each consignment reaches targeting once, the partner finds one 997, and the journal holds the
 * filing once, accepted.
 */
class FilingCrashTest {

    private static final String PASSWORD = "demofwd-test-password";
    private static final String GATEWAY_PASSWORD = "filing-crash-test-gateway-password";
    private static final Path SAMPLE = Path.of("edi-samples/x12/309-ocean-consolidation.edi");
    private static final Path CANONICAL = Path.of("edi-samples/x12/309-ocean-consolidation.canonical.xml");
    /** Generous for a slow two-core machine: a filing goes through in well under a second when nothing else runs. */
    private static final Duration OUTCOME = Duration.ofSeconds(60);
    /** How long to wait for a message or file that must not come. */
    private static final Duration EXTRAS = Duration.ofSeconds(3);

    @TempDir
    Path work;

    @ParameterizedTest(name = "killed at {0}")
    @ValueSource(strings = {
            "filing.checked",                // checked and translated, nothing journaled
            "filing.journaled",              // journaled, nothing sent
            "after-send:gateway.outbound",   // the 997 sent, the broker transaction not committed
            "after-send:targeting.filings",  // a shipment sent, the broker transaction not committed
            "outbound.staged",               // the 997 staged for the partner, not marked delivered
            "outbound.marked"})              // marked delivered, not yet in the partner's folder
    void a_filing_in_flight_when_the_gateway_is_killed_reaches_targeting_and_the_partner_exactly_once(String failpoint)
            throws Exception {
        Path data = work.resolve("data");
        int brokerPort = GatewayProcess.freePort();
        int sftpPort = GatewayProcess.freePort();
        Path config = GatewayProcess.testConfig(work.resolve("gateway.properties"), GATEWAY_PASSWORD, brokerPort, sftpPort,
                GatewayProcess.freePort(), "gateway.targeting.reference-engine = false");  // the test reads targeting.filings itself
        Path registry = Files.writeString(work.resolve("partners.yaml"),
                RegistryYaml.of(RegistryYaml.sftpForwarder("demofwd", PASSWORD)));
        Map<String, String> environment = Map.of(
                "GATEWAY_DATA_DIR", data.toString(), "GATEWAY_PARTNERS_FILE", registry.toString());
        Set<String> consignments = new CanonicalXml().read(Files.newInputStream(CANONICAL)).consignments().stream()
                .map(Consignment::id).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(consignments.size() >= 2, "the sample must have several consignments: " + consignments);
        Path outbound = PartnerFolders.of(data.resolve("sftp").resolve("partners"), "demofwd").outbound();
        Path pending = data.resolve("outbound").resolve("pending");

        String firstLog;
        try (GatewayProcess first = GatewayProcess.start(work, config, environment, Optional.of(failpoint), "first.log")) {
            GatewayProcess.upload(sftpPort, "demofwd", PASSWORD, "inbound/CONSOLIDATION.edi", Files.readAllBytes(SAMPLE));
            first.awaitFailpoint(failpoint, OUTCOME);
            first.kill();
            firstLog = first.logText();
        }

        List<Message> shipments = new ArrayList<>();
        String secondLog;
        try (GatewayProcess second = GatewayProcess.start(work, config, environment, Optional.empty(), "second.log")) {
            try (Connection jms = new ActiveMQConnectionFactory("gateway", GATEWAY_PASSWORD, "tcp://127.0.0.1:" + brokerPort)
                    .createConnection()) {
                jms.start();
                Session session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer targeting = session.createConsumer(session.createQueue("targeting.filings"));
                for (int i = 0; i < consignments.size(); i++) {
                    Message shipment = targeting.receive(OUTCOME.toMillis());
                    assertNotNull(shipment, "only " + i + " of " + consignments.size() + " shipments arrived:\n"
                            + logs(firstLog, second.logText(), data));
                    shipments.add(shipment);
                }
                Message extra = targeting.receive(EXTRAS.toMillis());
                assertNull(extra, () -> "a shipment was forwarded twice: " + consignmentOf(extra) + "\n"
                        + logs(firstLog, second.logText(), data));
            }
            await().atMost(OUTCOME).until(() -> answers(outbound, "-997.x12").size() == 1);
            secondLog = second.logText();
        }

        String failure = logs(firstLog, secondLog, data);
        assertEquals(consignments, shipments.stream().map(FilingCrashTest::consignmentOf)
                .collect(Collectors.toCollection(TreeSet::new)), "one shipment per consignment:\n" + failure);
        JournaledFiling filing = onlyJournaledFiling(data, failure);
        assertEquals("ACCEPTED", filing.outcome(), failure);
        assertEquals(consignments.size(), filing.forwards().size(), failure);
        for (Message shipment : shipments) {
            assertEquals(filing.receiptId(), shipment.getStringProperty("receiptId"), failure);
        }
        // the partner's folder holds each journaled document once, and nothing was left half delivered
        assertEquals(filing.documents().stream().map(OutboundDocument::fileName).sorted().toList(),
                answers(outbound, "").stream().map(f -> f.getFileName().toString()).toList(), failure);
        List<Path> ack = answers(outbound, "-997.x12");
        assertEquals(1, ack.size(), failure);
        assertTrue(ack.get(0).getFileName().toString().startsWith(filing.receiptId()), failure);
        String text = Files.readString(ack.get(0), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("AK1*SO*301~") && text.contains("AK9*A*1*1*1~"), text);
        assertEquals(List.of(), filesUnder(pending), "left in the pending area:\n" + failure);

        FilingJournal journal = StoppedGatewayJournal.filings(data);
        List<String> kinds = journal.events(filing.receiptId()).stream().map(FilingEvent::kind).toList();
        for (OutboundDocument document : filing.documents()) {
            assertTrue(journal.delivered(filing.receiptId(), document.seq()), document.fileName() + " " + kinds);
        }
        assertFalse(kinds.contains("DELIVERY_FAILED") || kinds.contains("DEAD_LETTERED"), kinds.toString());
        if (!failpoint.equals("filing.checked")) {
            // a filing the journal held when the gateway died is sent as journaled, never checked again
            assertEquals(1, kinds.stream().filter("JOURNALED"::equals).count(), kinds.toString());
            assertEquals(1, kinds.stream().filter("SYNTAX_CHECKED"::equals).count(), kinds.toString());
            assertEquals(!failpoint.startsWith("outbound."), kinds.contains("REPLAYED"), kinds.toString());
        }
    }

    /** The journal has exactly one filing, the one dropped (read after the gateway stopped: H2 is single-process). */
    private static JournaledFiling onlyJournaledFiling(Path data, String failure) throws Exception {
        List<String> receipts = new ArrayList<>();
        try (java.sql.Connection connection = StoppedGatewayJournal.dataSource(data).getConnection();
                Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT receipt_id FROM filing")) {
            while (rows.next()) {
                receipts.add(rows.getString(1));
            }
        }
        assertEquals(1, receipts.size(), "journaled filings " + receipts + "\n" + failure);
        return StoppedGatewayJournal.filings(data).find(receipts.get(0)).orElseThrow();
    }

    private static String consignmentOf(Message shipment) {
        try {
            return shipment == null ? null : shipment.getStringProperty(FilingDispatch.CONSIGNMENT_ID);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The partner's answers ending so, by name. */
    private static List<Path> answers(Path outbound, String suffix) throws IOException {
        if (!Files.isDirectory(outbound)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(outbound)) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String logs(String first, String second, Path data) {
        try {
            return first + "\n--- after the restart:\n" + second + "\n--- files:\n" + String.join("\n",
                    filesUnder(data).stream().filter(f -> !f.contains("kahadb")).toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(dir::relativize).map(Path::toString).sorted().toList();
        }
    }
}
