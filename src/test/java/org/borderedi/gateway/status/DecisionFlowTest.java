package org.borderedi.gateway.status;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
 * Decisions from targeting through the real broker, journal and SFTP server: each becomes a notice in the filer's
 * outbound folder, holds and releases independent, a decision received twice told once, and one the gateway cannot
 * act on parked in the decisions' dead-letter queue with its reason.
 */
class DecisionFlowTest {

    private static final String PASSWORD = "forwarder-test-password";
    private static final String CARRIER_PASSWORD = "carrier-test-password";
    private static final Duration OUTCOME = Duration.ofSeconds(30);

    @TempDir
    static Path tmp;

    private static RunningGateway gateway;
    private static Connection jms;
    private static Session session;
    private static MessageProducer decisions;

    @BeforeAll
    static void start() throws Exception {
        gateway = RunningGateway.start(tmp.resolve("data"), """
                partners:
                  - id: carrier
                    name: Demo Air Cargo
                    kind: air-carrier
                    identities: {iata-airlines: ["618", "SQ", "999"]}
                    channel: {type: jms, password-hash: "%2$s", inbound-queue: partner.carrier.filings, reply-queue: partner.carrier.replies}
                    formats: [cargo-imp-fwb, cargo-xml-xfwb]
                  - id: backend
                    name: Agency back end
                    kind: agency-back-end
                    channel: {type: jms, password-hash: "%2$s", inbound-queue: partner.backend.filings, reply-queue: partner.backend.replies}
                    formats: [gateway-xml]
                  - id: demofwd
                    name: Demo Forwarding
                    kind: forwarder
                    identities: {x12: ["ZZ:DEMOFWD"], edifact: ["DEMOFWD:ZZ"]}
                    channel: {type: embedded-sftp, password-hash: "%1$s"}
                    formats: [x12-309, edifact-cuscar]
                """.formatted(TestPartners.hash(PASSWORD).encoded(), TestPartners.hash(CARRIER_PASSWORD).encoded()), Map.of("gateway.broker.redelivery.maximum", "1",
                        "gateway.sharing.queue", "agency.cbp.perimeter-decisions", "gateway.sharing.agencies", "CBSA"));
        jms = gateway.jmsAsGateway();
        session = jms.createSession(false, Session.AUTO_ACKNOWLEDGE);
        decisions = session.createProducer(session.createQueue("targeting.decisions"));
    }

    @AfterAll
    static void stop() throws Exception {
        jms.close();
        gateway.close();
    }

    @Test
    void a_release_while_a_hold_is_open_is_told_only_when_the_hold_is_removed() throws Exception {
        Shipment shipment = file("000000801", "801");
        decide(xml("H-" + UUID.randomUUID(), "HOLD_PLACED", shipment));
        decide(xml("R-" + UUID.randomUUID(), "RELEASE", shipment));
        decide(xml("HR-" + UUID.randomUUID(), "HOLD_REMOVED", shipment));

        List<String> notices = awaitNotices(shipment.receiptId(), 3);
        assertEquals(List.of("1H", "1I", "1C"), notices.stream().map(DecisionFlowTest::disposition).toList(), notices.toString());
    }

    @Test
    void a_decision_received_twice_is_told_once() throws Exception {
        Shipment shipment = file("000000802", "802");
        String twice = xml("DNL-" + UUID.randomUUID(), "DO_NOT_LOAD", shipment);
        decide(twice);
        decide(twice);
        decide(json("ARR-" + UUID.randomUUID(), "ARRIVED", shipment));

        List<String> notices = awaitNotices(shipment.receiptId(), 2);
        assertEquals(List.of("6H", "19"), notices.stream().map(DecisionFlowTest::disposition).toList(), notices.toString());
    }

    @Test
    void a_hold_decided_again_is_told_still_in_place() throws Exception {
        Shipment shipment = file("000000803", "803");
        decide(xml("D1-" + UUID.randomUUID(), "DO_NOT_LOAD", shipment));
        decide(xml("D2-" + UUID.randomUUID(), "DO_NOT_LOAD", shipment));

        List<String> notices = awaitNotices(shipment.receiptId(), 2);
        // X12 has no "still in place" code: the 350 repeats the placing code
        assertEquals(List.of("6H", "6H"), notices.stream().map(DecisionFlowTest::disposition).toList(), notices.toString());
    }

    @Test
    void a_consignment_filed_again_under_an_open_do_not_load_is_told_it_is_still_in_place() throws Exception {
        Shipment first = file("000000804", "804", "0000800804");
        decide(xml("DNL-" + UUID.randomUUID(), "DO_NOT_LOAD", first));
        awaitNotices(first.receiptId(), 1);

        Shipment again = file("000000805", "805", "0000800804");
        assertEquals(first.bill(), again.bill());
        List<String> notices = awaitNotices(again.receiptId(), 1);
        assertEquals("6H", disposition(notices.get(0)), notices.toString());
    }

    @Test
    void an_air_waybill_filed_again_under_an_open_do_not_load_gets_6J_on_the_carriers_reply_queue() throws Exception {
        try (Connection carrier = gateway.jms("carrier", CARRIER_PASSWORD);
                MessageConsumer targeting = session.createConsumer(session.createQueue("targeting.filings"),
                        "partnerId = 'carrier'")) {
            Session carrierSession = carrier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer filings = carrierSession.createProducer(carrierSession.createQueue("partner.carrier.filings"));
            MessageConsumer replies = carrierSession.createConsumer(carrierSession.createQueue("partner.carrier.replies"));
            String fwb = Files.readString(Path.of("edi-samples/cargo-imp/fwb17-general.txt"));
            filings.send(carrierSession.createTextMessage(fwb));
            Message shipment = targeting.receive(OUTCOME.toMillis());
            assertNotNull(shipment, "the FWB did not reach targeting");
            assertTrue(nextReply(replies).startsWith("PER"), "the acknowledgment comes first");

            decide("""
                    {"id": "DNL-%s", "agency": "CBSA", "kind": "DO_NOT_LOAD", "decidedAt": "2026-11-22T15:05:00Z",
                     "filingId": "%s", "consignmentId": "%s", "text": "do not load"}""".formatted(UUID.randomUUID(),
                    shipment.getStringProperty("filingId"), shipment.getStringProperty("consignmentId")));
            assertTrue(nextReply(replies).contains("PSN 618-44103570 CSN/6H/"), "the do-not-load notice");

            filings.send(carrierSession.createTextMessage(fwb));
            assertTrue(nextReply(replies).startsWith("PER"), "the re-filing's acknowledgment");
            String stillInPlace = nextReply(replies);
            assertTrue(stillInPlace.contains("PSN 618-44103570 CSN/6J/"), stillInPlace);
        }
    }

    @Test
    void a_perimeter_release_by_cbsa_is_shared_once_with_the_second_agency_and_its_holds_are_not() throws Exception {
        Shipment shipment = file("000000806", "806");
        String release = xml("REL-" + UUID.randomUUID(), "RELEASE", shipment).replace("agency=\"CBP\"", "agency=\"CBSA\"");
        try (MessageConsumer shared = session.createConsumer(session.createQueue("agency.cbp.perimeter-decisions"))) {
            decide(xml("H-" + UUID.randomUUID(), "HOLD_PLACED", shipment).replace("agency=\"CBP\"", "agency=\"CBSA\""));
            decide(release);
            decide(release);

            Message passedOn = shared.receive(OUTCOME.toMillis());
            assertNotNull(passedOn, "the perimeter release was not shared");
            assertEquals(release, ((jakarta.jms.TextMessage) passedOn).getText());
            decide(xml("HR-" + UUID.randomUUID(), "HOLD_REMOVED", shipment));
            awaitNotices(shipment.receiptId(), 3);
            assertEquals(null, shared.receive(500), "shared more than the one release");
        }
    }

    @Test
    void an_edifact_filer_hears_a_hold_as_a_cusres_with_processing_indicator_7() throws Exception {
        String cuscar = Files.readString(Path.of("edi-samples/edifact/cuscar-d95b-ocean.edi"));
        Shipment shipment = fileBySftp(cuscar);
        decide(xml("H-" + UUID.randomUUID(), "HOLD_PLACED", shipment));

        Path outbound = gateway.folders("demofwd").outbound();
        String cusres = await().atMost(OUTCOME).until(() -> answer(outbound, shipment.receiptId(), "-cusres-status.edi"),
                java.util.Optional::isPresent).get();
        assertTrue(cusres.contains("UNH+1+CUSRES:D:95B:UN'") && cusres.contains("GIS+7'")
                && cusres.contains("RFF+BM:DMFW0000123456'"), cusres);
    }

    @Test
    void a_cargo_xml_filer_hears_a_do_not_load_as_an_xcsn_with_status_cd_on_its_reply_queue() throws Exception {
        String xcsn = decidedOverJms("carrier", "edi-samples/cargo-xml/xfwb-general.xml", "999-12345675", "DO_NOT_LOAD", "XCSN");
        assertTrue(xcsn.contains("<ram:StatusCode>CD</ram:StatusCode>") && xcsn.contains("999-12345675"), xcsn);
    }

    @Test
    void a_back_end_filing_the_gateways_own_xml_hears_the_canonical_status_notice() throws Exception {
        String notice = decidedOverJms("backend", "edi-samples/x12/309-ocean-demo.canonical.xml", "0000123456", "RELEASE",
                "CANONICAL_DECISION");
        assertTrue(notice.contains("<statusNotice xmlns=\"urn:borderedi:canonical:1\"")
                && notice.contains("kind=\"RELEASE\" state=\"PLACED\""), notice);
    }

    @Test
    void a_malformed_decision_and_one_naming_no_known_consignment_go_to_the_dead_letter_queue_with_a_reason()
            throws Exception {
        try (MessageConsumer dead = session.createConsumer(session.createQueue("DLQ.targeting.decisions"))) {
            decide("<decision xmlns=\"urn:borderedi:decision:1\" id=\"X\"/>");
            Message malformed = dead.receive(OUTCOME.toMillis());
            assertNotNull(malformed, "the malformed decision was dropped");
            assertTrue(malformed.getStringProperty("rejectionReason").startsWith("not a decision"),
                    malformed.getStringProperty("rejectionReason"));

            decide("""
                    {"id": "U-1", "agency": "CBSA", "kind": "HOLD_PLACED", "decidedAt": "2026-11-22T14:00:00Z",
                     "bill": {"scheme": "BILL_OF_LADING", "value": "NOSUCHBILL"}}""");
            Message unknown = dead.receive(OUTCOME.toMillis());
            assertNotNull(unknown, "the decision about an unknown bill was dropped");
            assertTrue(unknown.getStringProperty("rejectionReason").contains("NOSUCHBILL"),
                    unknown.getStringProperty("rejectionReason"));
        }
    }

    // --- helpers

    private record Shipment(String receiptId, String filingId, String consignmentId, String bill) {
    }

    /**
     * Files the demo 309 under these control numbers, with a bill of lading of its own (the status log follows a bill
     * across filings), and returns its shipment as targeting received it.
     */
    private static Shipment file(String interchange, String group) throws Exception {
        return file(interchange, group, "0000" + interchange.substring(3));
    }

    private static Shipment file(String interchange, String group, String bill) throws Exception {
        return fileBySftp(Files.readString(Path.of("edi-samples/x12/309-ocean-demo.edi")).replace("M11*0000123456*", "M11*" + bill + "*")
                .replace("*000000101*", "*" + interchange + "*").replace("IEA*1*000000101~", "IEA*1*" + interchange + "~")
                .replace("*1412*101*X*", "*1412*" + group + "*X*").replace("GE*1*101~", "GE*1*" + group + "~"));
    }

    private static Shipment fileBySftp(String x12) throws Exception {
        String name = "MANIFEST-" + UUID.randomUUID() + ".edi";
        try (MessageConsumer targeting = session.createConsumer(session.createQueue("targeting.filings"),
                "originalName = '" + name + "'")) {
            try (SftpClient sftp = gateway.sftp("demofwd", PASSWORD);
                    OutputStream out = sftp.write("inbound/" + name, EnumSet.of(SftpClient.OpenMode.Write,
                            SftpClient.OpenMode.Create, SftpClient.OpenMode.Truncate))) {
                out.write(x12.getBytes(StandardCharsets.ISO_8859_1));
            }
            Message shipment = targeting.receive(OUTCOME.toMillis());
            assertNotNull(shipment, "the filing did not reach targeting");
            return new Shipment(shipment.getStringProperty("receiptId"), shipment.getStringProperty("filingId"),
                    shipment.getStringProperty("consignmentId"), shipment.getStringProperty("bill"));
        }
    }

    private static String xml(String id, String kind, Shipment shipment) {
        return """
                <decision xmlns="urn:borderedi:decision:1" id="%s" agency="CBP" kind="%s" decidedAt="2026-11-22T14:00:00Z">
                  <consignment filing="%s" id="%s"/>
                  <text>decided by the test</text>
                </decision>""".formatted(id, kind, shipment.filingId(), shipment.consignmentId());
    }

    private static String json(String id, String kind, Shipment shipment) {
        return """
                {"id": "%s", "agency": "CBP", "kind": "%s", "decidedAt": "2026-11-22T14:05:00Z",
                 "bill": {"scheme": "BILL_OF_LADING", "value": "%s"}}""".formatted(id, kind, shipment.bill());
    }

    private static void decide(String decision) throws Exception {
        decisions.send(session.createTextMessage(decision));
    }

    /** The notices in the partner's folder about this filing (its documents after the two acknowledgments), in order. */
    private static List<String> awaitNotices(String receiptId, int count) {
        Path outbound = gateway.folders("demofwd").outbound();
        return await().atMost(OUTCOME).until(() -> notices(outbound, receiptId), found -> found.size() >= count);
    }

    private static List<String> notices(Path outbound, String receiptId) throws IOException {
        try (Stream<Path> files = Files.list(outbound)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(receiptId))
                    .filter(n -> !n.endsWith("-997.x12") && !n.endsWith("-355.x12")).sorted()
                    .map(n -> read(outbound.resolve(n))).toList();
        }
    }

    private static java.util.Optional<String> answer(Path outbound, String receiptId, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(outbound)) {
            return files.filter(f -> f.getFileName().toString().startsWith(receiptId) && f.getFileName().toString().endsWith(suffix))
                    .findFirst().map(DecisionFlowTest::read);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JMS partner files the sample on its queue; once the shipment of this bill reaches targeting, targeting decides;
     * returns the notice of this kind the partner reads on its reply queue.
     */
    private static String decidedOverJms(String partner, String sample, String bill, String decision, String noticeKind)
            throws Exception {
        try (Connection filer = gateway.jms(partner, CARRIER_PASSWORD);
                MessageConsumer targeting = session.createConsumer(session.createQueue("targeting.filings"),
                        "partnerId = '" + partner + "' AND bill = '" + bill + "'")) {
            Session filerSession = filer.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer replies = filerSession.createConsumer(
                    filerSession.createQueue("partner." + partner + ".replies"), "documentKind = '" + noticeKind + "'");
            filerSession.createProducer(filerSession.createQueue("partner." + partner + ".filings"))
                    .send(filerSession.createTextMessage(Files.readString(Path.of(sample))));
            Message shipment = targeting.receive(OUTCOME.toMillis());
            assertNotNull(shipment, partner + "'s filing did not reach targeting");

            decide(xml(decision + "-" + UUID.randomUUID(), decision, new Shipment(shipment.getStringProperty("receiptId"),
                    shipment.getStringProperty("filingId"), shipment.getStringProperty("consignmentId"), null)));
            return nextReply(replies);
        }
    }

    /** X4-07 of a 350: the disposition code. */
    private static String disposition(String notice) {
        for (String segment : notice.split("~")) {
            String trimmed = segment.strip();
            if (trimmed.startsWith("X4*")) {
                return trimmed.split("\\*", -1)[7];
            }
        }
        throw new AssertionError("no X4 in " + notice);
    }

    private static String nextReply(MessageConsumer replies) throws Exception {
        Message reply = replies.receive(OUTCOME.toMillis());
        assertNotNull(reply, "no reply on the carrier's reply queue");
        return ((jakarta.jms.TextMessage) reply).getText();
    }
}
