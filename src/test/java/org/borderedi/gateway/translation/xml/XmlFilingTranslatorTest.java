package org.borderedi.gateway.translation.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.borderedi.gateway.edi.Finding;
import org.borderedi.gateway.edi.FindingCode;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Schemes;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Cargo-XML entry point: which documents it maps, which it rejects, and where it says the problem is. */
class XmlFilingTranslatorTest {

    private static final Path SAMPLES = CargoXmlSamplesTest.SAMPLES;

    private static XmlFilingTranslator translator;

    @BeforeAll
    static void loadCatalog() throws IOException {
        translator = new XmlFilingTranslator(MappingCatalog.load(ProjectFolders.ofWorkingDirectory()));
    }

    private static TranslatedMessage translate(String document) throws IOException {
        return translator.translate(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sample(String name) throws IOException {
        return Files.readString(SAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    private static Finding onlyFinding(TranslatedMessage message) {
        assertEquals(Verdict.REJECTED, message.outcome().verdict());
        assertNull(message.filing());
        assertNotNull(message.problem());
        List<Finding> findings = message.outcome().findings();
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    private static int lineOf(String document, String text) {
        String before = document.substring(0, document.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void rejects_a_doctype_with_external_entities_without_reading_them(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(300);
            String document = sample("xfwb-doctype-xxe.xml")
                    .replace("file:///etc/hostname", secret.toUri().toString())
                    .replace("http://127.0.0.1:9/xxe-beacon", "http://127.0.0.1:" + listener.getLocalPort() + "/xxe");

            TranslatedMessage message = translate(document);

            Finding finding = onlyFinding(message);
            assertEquals(FindingCode.INVALID_INTERCHANGE_CONTENT, finding.code());
            assertTrue(finding.text().startsWith("line 2, column "), finding.text());
            assertTrue(finding.text().contains("DOCTYPE"), finding.text());
            assertFalse(message.problem().contains("TOP-SECRET"), message.problem());
            assertThrows(SocketTimeoutException.class, listener::accept, "the parser connected to the entity's URL");
        }
    }

    @Test
    void rejects_the_doctype_sample_as_it_is() throws IOException {
        Finding finding = onlyFinding(translate(sample("xfwb-doctype-xxe.xml")));

        assertEquals(FindingCode.INVALID_INTERCHANGE_CONTENT, finding.code());
        assertEquals(2, finding.position().segment());
    }

    @Test
    void rejects_a_document_broken_in_its_body_with_line_and_column() throws IOException {
        String document = sample("xfwb-general.xml").replace("<ram:Name>NORDLYS FREIGHT AS</ram:Name>",
                "<ram:Name>NORDLYS FREIGHT AS</ram:Nam>");
        int line = lineOf(document, "</ram:Nam>");

        TranslatedMessage message = translate(document);

        Finding finding = onlyFinding(message);
        assertEquals(FindingCode.INVALID_INTERCHANGE_CONTENT, finding.code());
        assertTrue(finding.text().startsWith("line " + line + ", column "), finding.text());
        assertTrue(finding.text().contains("not well-formed"), finding.text());
        assertEquals(line, finding.position().segment());
        assertEquals("XFWB", message.outcome().type());
        assertEquals("999-12345675-20261119-01", message.outcome().controlNumber());
    }

    @Test
    void rejects_a_document_broken_in_its_message_header_with_line_and_column() throws IOException {
        String document = sample("xfwb-general.xml").replace("<ram:TypeCode>740</ram:TypeCode>",
                "<ram:TypeCode>740</ram:TypeCod>");
        int line = lineOf(document, "<ram:TypeCode>740");

        Finding finding = onlyFinding(translate(document));

        assertEquals(FindingCode.INVALID_INTERCHANGE_CONTENT, finding.code());
        assertTrue(finding.text().startsWith("line " + line + ", column "), finding.text());
    }

    @Test
    void rejects_text_that_is_not_xml_at_all() throws IOException {
        Finding finding = onlyFinding(translate("FWB/17\n999-12345675GOTORD/T4K612.5\n"));

        assertEquals(FindingCode.INVALID_INTERCHANGE_CONTENT, finding.code());
        assertTrue(finding.text().startsWith("line 1, column 1"), finding.text());
    }

    @Test
    void rejects_an_unknown_root_element() throws IOException {
        Finding finding = onlyFinding(translate("<Invoice xmlns=\"urn:example:invoice\"><ID>1</ID></Invoice>"));

        assertEquals(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, finding.code());
        assertTrue(finding.text().contains("Invoice in urn:example:invoice"), finding.text());
    }

    @Test
    void rejects_a_waybill_in_another_namespace() throws IOException {
        String document = sample("xfwb-general.xml").replace("xmlns:rsm=\"iata:waybill:1\"", "xmlns:rsm=\"iata:waybill:9\"");

        Finding finding = onlyFinding(translate(document));

        assertEquals(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, finding.code());
        assertTrue(finding.text().contains("Waybill in iata:waybill:9"), finding.text());
    }

    @Test
    void rejects_a_version_without_a_mapping() throws IOException {
        String document = sample("xfwb-general.xml").replace("<ram:VersionID>3.00</ram:VersionID>",
                "<ram:VersionID>2.00</ram:VersionID>");

        TranslatedMessage message = translate(document);

        Finding finding = onlyFinding(message);
        assertEquals(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, finding.code());
        assertEquals("XFWB version 2.00 is not supported", finding.text());
        assertEquals("2.00", message.outcome().version());
    }

    @Test
    void rejects_a_message_without_a_version() throws IOException {
        String document = sample("xfwb-general.xml").replace("<ram:VersionID>3.00</ram:VersionID>", "");

        Finding finding = onlyFinding(translate(document));

        assertEquals(FindingCode.MESSAGE_TYPE_NOT_SUPPORTED, finding.code());
        assertTrue(finding.text().contains("VersionID"), finding.text());
    }

    @Test
    void reads_the_encoding_the_xml_declaration_names() throws IOException {
        String document = sample("xfwb-general.xml").replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"")
                .replace("LINDQVIST PRECISION TOOLS AB", "LINDQVIST PRÄZISION AB");

        TranslatedMessage message = translator.translate(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.ISO_8859_1)));

        assertEquals("LINDQVIST PRÄZISION AB",
                message.filing().consignments().get(0).party(PartyRole.SHIPPER).name().value());
    }

    @Test
    void values_carry_their_element_path_and_line() throws IOException {
        String document = sample("xfwb-general.xml");

        TranslatedMessage message = translate(document);

        Consignment waybill = message.filing().consignments().get(0);
        assertEquals(new Source("BusinessHeaderDocument/ID", lineOf(document, "<ram:ID>999-12345675</ram:ID>"), null),
                waybill.number().source());
        assertEquals(new Source("MasterConsignment/ConsignorParty/PostalStructuredAddress/CityName",
                lineOf(document, "<ram:CityName>GOTHENBURG"), null),
                waybill.party(PartyRole.SHIPPER).address().city().source());
        assertEquals(new Source("MasterConsignment/IncludedTareGrossWeightMeasure",
                lineOf(document, "<ram:IncludedTareGrossWeightMeasure"), null),
                waybill.totals().grossWeight().source());
        assertEquals(new Source("MasterConsignment/ApplicableRating/IncludedMasterConsignmentItem/"
                + "NatureIdentificationTransportCargo/Identification", lineOf(document, "MACHINE TOOL PARTS"), null),
                waybill.goods().get(0).description().source());
        assertEquals(new Source("MessageHeaderDocument/SenderParty/PrimaryID", lineOf(document, "NORDLYSFRT"), null),
                message.filing().envelope().sender().source());
    }

    @Test
    void the_waybill_sample_of_another_system_translates() throws IOException {
        Path external = ExternalSamples.file("riege_888-11111111_XFWB_ACAS_US.xml");

        TranslatedMessage message = translator.translate(Files.newInputStream(external));

        assertEquals(Verdict.ACCEPTED, message.outcome().verdict(), message.outcome().findings().toString());
        assertEquals("888-11111111_6c763819-1067-43fe-acf7-db4daf4f77cf", message.outcome().controlNumber());
        Consignment master = message.filing().consignments().get(0);
        assertEquals(Schemes.MASTER_AIR_WAYBILL, master.number().scheme());
        assertEquals("888-11111111", master.number().value());
        assertEquals(18, master.security().size());
        assertEquals("IE", master.party(PartyRole.SHIPPER).address().country().value());
        assertTrue(master.goods().get(0).description().value().startsWith("CONSOLIDATION\nAS PER ATTACHED"));
        assertEquals("XX345", message.filing().conveyance().journey().value());
    }

    @Test
    void the_house_waybill_sample_of_another_system_translates_under_its_master() throws IOException {
        Path external = ExternalSamples.file("riege_SEL22222222_XFZB.xml");

        TranslatedMessage message = translator.translate(Files.newInputStream(external));

        assertEquals(Verdict.ACCEPTED, message.outcome().verdict(), message.outcome().findings().toString());
        assertEquals("XFZB", message.outcome().type());
        Consignment house = message.filing().consignments().get(0);
        assertEquals(ConsignmentRole.HOUSE, house.role());
        assertEquals(Schemes.HOUSE_AIR_WAYBILL, house.number().scheme());
        assertEquals("SEL22222222", house.number().value());
        assertEquals("888-11111111", house.parentReference().value());
        assertEquals("1133557799", house.goods().get(1).hsCode().value());
        assertEquals("FRIEDRICHSHAFEN", house.party(PartyRole.CONSIGNEE).address().city().value());
    }
}
