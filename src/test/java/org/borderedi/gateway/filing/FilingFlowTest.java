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
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.sshd.sftp.client.SftpClient;
import org.borderedi.gateway.journal.FilingEvent;
import org.borderedi.gateway.journal.FilingJournal;
import org.borderedi.gateway.journal.JournaledFiling;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.partners.TestPartners;
import org.borderedi.gateway.runtime.RunningGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The filing flow end to end, through the real SFTP server, broker and journal: files dropped by a forwarder and
 * messages put on a carrier's queue come back as acknowledgments in the partner's channel and go on to targeting as
 * one canonical shipment per consignment, each exactly once.
 */
class FilingFlowTest {

    private static final String PASSWORD = "forwarder-test-password";
    private static final String CARRIER_PASSWORD = "carrier-test-password";
    private static final Duration OUTCOME = Duration.ofSeconds(30);
    private static final Path SAMPLES = Path.of("edi-samples");

    @TempDir
    static Path tmp;

    private static RunningGateway gateway;
    private static Connection jms;
    private static Session session;

    @BeforeAll
    static void startGateway() throws Exception {
        gateway = RunningGateway.start(tmp.resolve("data"), """
                partners:
                  - id: demofwd
                    name: Demo Forwarding
                    kind: forwarder
                    identities: {x12: ["ZZ:DEMOFWD"], edifact: ["DEMOFWD:ZZ"]}
                    channel: {type: embedded-sftp, password-hash: "%1$s"}
                    formats: [x12-309, x12-358, edifact-cuscar]
                  - id: fragile
                    name: Forwarder whose outbound folder breaks
                    kind: forwarder
                    identities: {x12: ["ZZ:FRAGILE"]}
                    channel: {type: embedded-sftp, password-hash: "%1$s"}
                    formats: [x12-309]
                  - id: carrier
                    name: Demo Air Cargo
                    kind: air-carrier
                    identities: {iata-airlines: ["618", "SQ", "014"]}
                    channel: {type: jms, password-hash: "%2$s", inbound-queue: partner.carrier.filings, reply-queue: partner.carrier.replies}
                    formats: [cargo-imp-fwb, cargo-imp-fhl]
                """.formatted(TestPartners.hash(PASSWORD).encoded(), TestPartners.hash(CARRIER_PASSWORD).encoded()),
                Map.of("gateway.broker.redelivery.maximum", "2"));
        jms = gateway.jmsAsGateway();
        session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterAll
    static void stopGateway() throws Exception {
        jms.close();
        gateway.close();
    }

    @Test
    void a_good_309_yields_a_997_and_one_canonical_shipment_per_consignment_on_the_targeting_queue() throws Exception {
        String name = "MANIFEST-" + UUID.randomUUID() + ".edi";
        String sample = Files.readString(SAMPLES.resolve("x12/309-ocean-demo.edi"));
        try (MessageConsumer targeting = shipmentsOf(name)) {
            drop(name, x12WithControlNumbers(sample, "000000711", "711"));

            String ack = awaitAnswer(name, "-997.x12");
            assertTrue(ack.contains("AK1*SO*711~"), ack);
            assertTrue(ack.contains("AK2*309*0001~") && ack.contains("AK5*A~") && ack.contains("AK9*A*1*1*1~"), ack);
            String acceptance = awaitAnswer(name, "-355.x12");
            assertTrue(acceptance.contains("ST*355*") && acceptance.contains("K1*ACCEPTED") && !acceptance.contains("REJECTED"),
                    acceptance);

            Filing expected = new CanonicalXml().read(Files.newInputStream(SAMPLES.resolve("x12/309-ocean-demo.canonical.xml")));
            List<TextMessage> shipments = receiveAll(targeting, expected.consignments().size());
            for (TextMessage shipment : shipments) {
                String consignmentId = shipment.getStringProperty(FilingDispatch.CONSIGNMENT_ID);
                Consignment consignment = expected.consignment(consignmentId);
                assertNotNull(consignment, "a shipment for an unknown consignment " + consignmentId);
                assertEquals("demofwd", shipment.getStringProperty("partnerId"));
                assertTrue(shipment.getStringProperty(FilingDispatch.FILING_ID).endsWith("/1"));
                assertSameShipment(FilingNames.only(expected, consignment), shipment.getText());
            }
            assertNull(targeting.receive(1000), "more shipments than consignments");
            JournaledFiling journaled = journaled(name);
            assertEquals("ACCEPTED", journaled.outcome());
            assertEquals(expected.consignments().size(), journaled.forwards().size());
            assertTrue(kinds(journaled.receiptId()).containsAll(List.of("RECEIVED", "SYNTAX_CHECKED", "BUSINESS_REVIEWED",
                    "JOURNALED", "FORWARDED", "DELIVERED")), kinds(journaled.receiptId()).toString());
        }
    }

    @Test
    void each_shipment_of_a_consolidation_stands_on_its_own_and_its_houses_name_their_master() throws Exception {
        String name = "CONSOL-" + UUID.randomUUID() + ".edi";
        Filing expected = new CanonicalXml().read(Files.newInputStream(SAMPLES.resolve("x12/309-ocean-consolidation.canonical.xml")));
        try (MessageConsumer targeting = shipmentsOf(name)) {
            drop(name, Files.readString(SAMPLES.resolve("x12/309-ocean-consolidation.edi")));
            for (TextMessage shipment : receiveAll(targeting, expected.consignments().size())) {
                Filing alone = new CanonicalXml().read(new ByteArrayInputStream(shipment.getText().getBytes(StandardCharsets.UTF_8)));
                Consignment consignment = alone.consignments().get(0);
                Consignment filed = expected.consignment(consignment.id());
                if (filed.parent() != null) {
                    String master = expected.consignment(filed.parent()).number().value();
                    assertEquals(master, consignment.parentReference().value());
                    assertEquals(master, shipment.getStringProperty(FilingDispatch.MASTER_BILL));
                }
            }
        }
    }

    @Test
    void a_cuscar_with_one_bad_message_among_three_forwards_only_the_good_ones_and_the_contrl_says_so() throws Exception {
        String name = "CUSCAR-" + UUID.randomUUID() + ".edi";
        try (MessageConsumer targeting = shipmentsOf(name)) {
            drop(name, Files.readString(SAMPLES.resolve("edifact/cuscar-d95b-three-bills-one-bad.edi")));

            String contrl = awaitAnswer(name, "-contrl.edi");
            assertTrue(contrl.contains("UCI+DF0000303+DEMOFWD:ZZ+BORDERGW:ZZ+7'"), contrl);
            assertTrue(contrl.contains("UCM+DF0302+CUSCAR:D:95B:UN+4'UCS+12'UCD+13+2:1'"), contrl);
            assertTrue(contrl.contains("UCM+DF0301+CUSCAR:D:95B:UN+7'") && contrl.contains("UCM+DF0303+CUSCAR:D:95B:UN+7'"), contrl);
            String cusres = awaitAnswer(name, "-cusres.edi");
            assertEquals(2, cusres.split("UNH\\+").length - 1, "one CUSRES per message the CONTRL accepted: " + cusres);
            assertTrue(cusres.contains("DF0301") && cusres.contains("DF0303") && !cusres.contains("DF0302"), cusres);

            List<String> bills = new ArrayList<>();
            for (TextMessage shipment : receiveAll(targeting, 2)) {
                bills.add(shipment.getStringProperty(FilingDispatch.BILL));
            }
            assertEquals(List.of("DMFW0000303001", "DMFW0000303003"), bills.stream().sorted().toList());
            assertNull(targeting.receive(1000), "the rejected message was forwarded");
            assertEquals("PARTLY_ACCEPTED", journaled(name).outcome());
        }
    }

    @Test
    void an_interchange_from_a_sender_the_partner_does_not_own_is_rejected_quarantined_and_not_forwarded() throws Exception {
        String name = "SPOOFED-" + UUID.randomUUID() + ".edi";
        try (MessageConsumer targeting = shipmentsOf(name)) {
            drop(name, Files.readString(SAMPLES.resolve("x12/309-spoofed-sender.edi")));

            String ta1 = awaitAnswer(name, "-ta1.x12");
            assertTrue(ta1.contains("TA1*000000130*261122*1412*R*006~"), ta1);
            assertNull(targeting.receive(1000), "a spoofed interchange was forwarded");
            JournaledFiling journaled = journaled(name);
            assertEquals("REJECTED", journaled.outcome());
            Path kept = gateway.dataDir().resolve("error").resolve("demofwd").resolve(journaled.receiptId());
            assertTrue(Files.exists(kept), "not quarantined: " + kept);
            assertTrue(Files.readString(kept.resolveSibling(kept.getFileName() + ".reason.txt")).contains("not an identity"));
        }
    }

    @Test
    void a_duplicate_interchange_is_answered_and_not_forwarded_again() throws Exception {
        String first = "FIRST-" + UUID.randomUUID() + ".edi";
        String again = "AGAIN-" + UUID.randomUUID() + ".edi";
        String interchange = x12WithControlNumbers(Files.readString(SAMPLES.resolve("x12/309-ocean-demo.edi")), "000000713", "713");
        try (MessageConsumer firstShipments = shipmentsOf(first); MessageConsumer againShipments = shipmentsOf(again)) {
            drop(first, interchange);
            assertNotNull(firstShipments.receive(OUTCOME.toMillis()), "the first copy was not forwarded");

            drop(again, interchange);
            String ta1 = awaitAnswer(again, "-ta1.x12");
            assertTrue(ta1.contains("TA1*000000713*") && ta1.contains("*R*025~"), ta1);
            assertNull(againShipments.receive(1000), "the duplicate was forwarded");
        }
    }

    @Test
    void a_file_in_no_format_the_gateway_knows_gets_a_plain_notice_and_is_kept_for_the_operator() throws Exception {
        String name = "PHOTO-" + UUID.randomUUID() + ".zip";
        drop(name, "PK\u0003\u0004 not really a zip, but it starts like one");

        String notice = awaitAnswer(name, "-rejected.txt");
        assertTrue(notice.contains("Not taken: " + name), notice);
        JournaledFiling journaled = journaled(name);
        assertEquals("UNREADABLE", journaled.outcome());
        assertTrue(Files.exists(gateway.dataDir().resolve("error").resolve("demofwd").resolve(journaled.receiptId())));
    }

    @Test
    void a_filing_on_a_carriers_queue_goes_to_targeting_and_its_answer_to_the_reply_queue() throws Exception {
        try (Connection carrier = gateway.jms("carrier", CARRIER_PASSWORD);
                MessageConsumer targeting = session.createConsumer(session.createQueue("targeting.filings"),
                        "partnerId = 'carrier' AND bill = '618-44103570'")) {
            Session carrierSession = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            carrierSession.createProducer(carrierSession.createQueue("partner.carrier.filings"))
                    .send(carrierSession.createTextMessage(Files.readString(SAMPLES.resolve("cargo-imp/fwb17-general.txt"))));

            Message shipment = targeting.receive(OUTCOME.toMillis());
            assertNotNull(shipment, "the carrier's FWB did not reach targeting");
            String reply = replyAbout(carrierSession, "618-44103570");
            assertTrue(reply.startsWith("PER") && !reply.contains("MISSING_"), reply);
        }
    }

    @Test
    void a_preload_house_list_missing_the_consignee_address_is_rejected_naming_MISSING_CNE_ADDR() throws Exception {
        try (Connection carrier = gateway.jms("carrier", CARRIER_PASSWORD);
                MessageConsumer targeting = session.createConsumer(session.createQueue("targeting.filings"),
                        "partnerId = 'carrier' AND masterBill = '014-33975281'")) {
            Session carrierSession = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            carrierSession.createProducer(carrierSession.createQueue("partner.carrier.filings")).send(carrierSession
                    .createTextMessage(Files.readString(SAMPLES.resolve("cargo-imp/fhl5-missing-consignee-address.txt"))));

            String reply = replyAbout(carrierSession, "014-33975281");
            assertTrue(reply.contains("MISSING_CNE_ADDR") && reply.contains("LON5520011"), reply);
            assertNull(targeting.receive(1000), "a rejected house list went to targeting");
        }
    }

    @Test
    void a_poison_filing_goes_to_the_dead_letter_queue_after_the_redeliveries_and_the_next_filing_goes_through()
            throws Exception {
        String receiptId = "20261122T120000000Z-demofwd-" + UUID.randomUUID().toString().substring(0, 8);
        MessageProducer received = session.createProducer(session.createQueue("gateway.received"));
        TextMessage poison = session.createTextMessage("archive/demofwd/2026/11/22/" + receiptId);
        poison.setStringProperty("receiptId", receiptId);
        poison.setStringProperty("partnerId", "demofwd");
        poison.setStringProperty("channel", "sftp");
        poison.setStringProperty("originalName", "POISON.edi");
        poison.setStringProperty("receivedAt", "2026-11-22T12:00:00Z");
        received.send(poison);

        try (MessageConsumer dead = session.createConsumer(session.createQueue("DLQ.gateway.received"),
                "receiptId = '" + receiptId + "'")) {
            String name = "AFTER-POISON-" + UUID.randomUUID() + ".edi";
            try (MessageConsumer targeting = shipmentsOf(name)) {
                drop(name, x12WithControlNumbers(Files.readString(SAMPLES.resolve("x12/309-ocean-demo.edi")), "000000714", "714"));
                assertNotNull(targeting.receive(OUTCOME.toMillis()), "the filing after the poison one did not go through");
            }
            Message parked = dead.receive(OUTCOME.toMillis());
            assertNotNull(parked, "the poison filing did not reach the dead-letter queue");
        }
        List<String> kinds = kinds(receiptId);
        assertEquals(3, kinds.stream().filter("PROCESSING_FAILED"::equals).count(), kinds.toString());
        assertTrue(kinds.contains("DEAD_LETTERED"), kinds.toString());
    }

    @Test
    void a_delivery_that_keeps_failing_is_journaled_at_each_attempt_and_parked_in_its_dead_letter_queue() throws Exception {
        Path outbound = gateway.folders("fragile").outbound();
        Files.delete(outbound);
        Files.writeString(outbound, "a file where the outbound folder should be");
        String name = "FRAGILE-" + UUID.randomUUID() + ".edi";
        try (MessageConsumer dead = session.createConsumer(session.createQueue("DLQ.gateway.outbound"),
                "partnerId = 'fragile'")) {
            drop("fragile", name, Files.readString(SAMPLES.resolve("x12/309-ocean-demo.edi")));

            Message parked = dead.receive(OUTCOME.toMillis());
            assertNotNull(parked, "the undeliverable answer did not reach the dead-letter queue");
            String receiptId = parked.getStringProperty("receiptId");
            List<String> kinds = kinds(receiptId);
            assertEquals(3, kinds.stream().filter("DELIVERY_FAILED"::equals).count(), kinds.toString());
            assertFalse(kinds.contains("DELIVERED"), kinds.toString());
        } finally {
            Files.delete(outbound);
            Files.createDirectory(outbound);
        }
    }

    // --- helpers

    private static void drop(String name, String content) throws IOException {
        drop("demofwd", name, content);
    }

    private static void drop(String partner, String name, String content) throws IOException {
        try (SftpClient sftp = gateway.sftp(partner, PASSWORD);
                OutputStream out = sftp.write("inbound/" + name, EnumSet.of(SftpClient.OpenMode.Write,
                        SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate))) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    /** The demo 309 under other interchange (ISA13/IEA02) and group (GS06/GE02) control numbers. */
    static String x12WithControlNumbers(String x12, String interchange, String group) {
        return x12.replace("*000000101*", "*" + interchange + "*").replace("IEA*1*000000101~", "IEA*1*" + interchange + "~")
                .replaceFirst("(GS\\*SO\\*[^*]*\\*[^*]*\\*[^*]*\\*[^*]*\\*)101\\*", "$1" + group + "*")
                .replace("GE*1*101~", "GE*1*" + group + "~");
    }

    /** The carrier's view: the first answer on its reply queue that mentions this air waybill. */
    private static String replyAbout(Session carrierSession, String awb) throws Exception {
        try (MessageConsumer replies = carrierSession.createConsumer(carrierSession.createQueue("partner.carrier.replies"))) {
            for (int i = 0; i < 10; i++) {
                Message reply = replies.receive(OUTCOME.toMillis());
                assertNotNull(reply, "no answer about " + awb + " on the reply queue");
                String text = ((TextMessage) reply).getText();
                if (text.contains(awb)) {
                    return text;
                }
            }
        }
        throw new AssertionError("no answer about " + awb + " among the replies");
    }

    private static MessageConsumer shipmentsOf(String originalName) throws Exception {
        return session.createConsumer(session.createQueue("targeting.filings"), "originalName = '" + originalName + "'");
    }

    private static List<TextMessage> receiveAll(MessageConsumer consumer, int count) throws Exception {
        List<TextMessage> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message message = consumer.receive(OUTCOME.toMillis());
            assertNotNull(message, "only " + i + " of " + count + " shipments arrived");
            all.add((TextMessage) message);
        }
        return all;
    }

    /** Waits for the answer of this kind to the file with this name, in the partner's outbound folder. */
    private static String awaitAnswer(String originalName, String suffix) {
        String receiptId = await().atMost(OUTCOME).until(() -> receiptOf(originalName), Optional::isPresent).get();
        Path outbound = gateway.folders("demofwd").outbound();
        Path answer = await().atMost(OUTCOME).until(() -> answerFile(outbound, receiptId, suffix), Optional::isPresent).get();
        try {
            return Files.readString(answer, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Optional<Path> answerFile(Path outbound, String receiptId, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(outbound)) {
            return files.filter(f -> f.getFileName().toString().startsWith(receiptId) && f.getFileName().toString().endsWith(suffix))
                    .findFirst();
        }
    }

    /** The receipt id intake gave the file with this name, once the journal holds it. */
    private static Optional<String> receiptOf(String originalName) throws IOException {
        Path archive = gateway.dataDir().resolve("archive").resolve("demofwd");
        if (!Files.isDirectory(archive)) {
            return Optional.empty();
        }
        FilingJournal journal = journal();
        try (Stream<Path> files = Files.walk(archive)) {
            return files.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> !n.endsWith(".sha256"))
                    .map(journal::find).flatMap(Optional::stream)
                    .filter(j -> originalName.equals(j.originalName())).map(JournaledFiling::receiptId).findFirst();
        }
    }

    private static JournaledFiling journaled(String originalName) throws IOException {
        String receiptId = await().atMost(OUTCOME).until(() -> receiptOf(originalName), Optional::isPresent).get();
        return journal().find(receiptId).orElseThrow();
    }

    private static List<String> kinds(String receiptId) {
        return journal().events(receiptId).stream().map(FilingEvent::kind).toList();
    }

    private static FilingJournal journal() {
        return gateway.context().getRegistry().lookupByNameAndType("filingJournal", FilingJournal.class);
    }

    /**
     * The shipment is the expected filing narrowed to its consignment. Left aside: the gateway's own names on the root
     * (id, receivedAt, channel, partner) and the envelope's control numbers, which the test changed.
     */
    private static void assertSameShipment(Filing expected, String actual) {
        Diff diff = DiffBuilder.compare(new CanonicalXml().toXml(expected)).withTest(actual)
                .withAttributeFilter(a -> !(a.getOwnerElement().getParentNode().getNodeType() == org.w3c.dom.Node.DOCUMENT_NODE
                        && List.of("id", "receivedAt", "channel", "partner").contains(a.getName()))
                        && !(a.getOwnerElement().getLocalName().equals("Envelope")
                        && List.of("interchange", "group").contains(a.getName())))
                .ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }

}
