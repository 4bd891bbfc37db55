package org.borderedi.gateway.model.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.ConsignmentRole;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Party;
import org.borderedi.gateway.model.PartyRole;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.Text;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/** Canonical XML: what it writes is valid and reads back equal, and what it reads is held to the schema. */
class CanonicalXmlTest {

    private static final Path SCHEMA = Path.of("mappings/canonical/filing.xsd");
    private static final Path GOLDEN = Path.of("src/test/resources/canonical/rich-filing.xml");

    private final CanonicalXml xml = new CanonicalXml();

    @Test
    void writes_documents_the_schema_accepts() throws Exception {
        // validated here with a validator of the test's own, not the one read() uses
        Validator validator = SchemaFactory.newDefaultInstance().newSchema(SCHEMA.toFile()).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        for (Filing filing : List.of(SampleFilings.richSeaFiling(), SampleFilings.minimalFiling())) {
            validator.validate(new StreamSource(new StringReader(xml.toXml(filing))));
        }
    }

    @Test
    void reads_back_the_rich_filing_it_wrote() throws IOException {
        Filing filing = SampleFilings.richSeaFiling();
        assertEquals(filing, read(xml.toXml(filing)));
    }

    @Test
    void reads_back_the_minimal_filing_it_wrote() throws IOException {
        Filing filing = SampleFilings.minimalFiling();
        assertEquals(filing, read(xml.toXml(filing)));
    }

    @Test
    void writes_the_rich_filing_as_the_golden_file() {
        Diff diff = DiffBuilder.compare(Input.fromPath(GOLDEN))
                .withTest(Input.fromString(xml.toXml(SampleFilings.richSeaFiling())))
                .ignoreWhitespace()
                .checkForSimilar()
                .build();
        assertFalse(diff.hasDifferences(), diff.toString());
    }

    @Test
    void writes_utf8_with_the_namespace_as_default() {
        String document = xml.toXml(SampleFilings.minimalFiling());
        assertTrue(document.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), document);
        assertTrue(document.contains("<Filing xmlns=\"urn:borderedi:canonical:1\">"), document);
        assertTrue(document.contains("\n  <Consignments>\n    <Consignment id=\"1\"></Consignment>\n  </Consignments>"),
                document);
    }

    @Test
    void keeps_values_that_need_escaping_or_are_not_ascii() throws IOException {
        Filing filing = withShipperName(new Text("A&B <Société> \"Été\" ]]> \r\n\tline 2 ✓ 𝄞", new Source("N1", 6, "02")));
        String document = xml.toXml(filing);
        assertTrue(document.contains("A&amp;B &lt;Société&gt;"), document);
        assertEquals(filing, read(document));
        // the bytes are UTF-8, not character references
        assertTrue(new String(document.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).contains("Société"));
    }

    @Test
    void writes_the_same_document_as_text_and_as_utf8_bytes() throws IOException {
        for (Filing filing : List.of(SampleFilings.richSeaFiling(), SampleFilings.minimalFiling(), withShipperName(
                new Text("A&B <Société> \"Été\" ]]> \r\n\tline 2 ✓ 𝄞", new Source("N1", 6, "02"))))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            xml.write(filing, bytes);
            assertEquals(bytes.toString(StandardCharsets.UTF_8), xml.toXml(filing));
        }
    }

    @Test
    void refuses_to_write_a_character_xml_cannot_carry() {
        Filing filing = withShipperName(Text.of("ACME\u0001LTD"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> xml.toXml(filing));
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
    }

    @Test
    void refuses_to_write_a_line_break_in_an_attribute() {
        Filing filing = withShipperIdentifier(Identifier.of("DU\nNS", "123"));
        assertThrows(IllegalArgumentException.class, () -> xml.toXml(filing));
    }

    @Test
    void rejects_a_doctype_with_an_external_entity() {
        String attack = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE Filing [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
                <Filing xmlns="urn:borderedi:canonical:1" id="&xxe;"/>
                """;
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class, () -> read(attack));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void rejects_a_document_against_the_schema_with_line_and_column() {
        String document = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Filing xmlns="urn:borderedi:canonical:1">
                  <Mode>BOAT</Mode>
                  <Purpose>ORIGINAL</Purpose>
                </Filing>
                """;
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class, () -> read(document));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getMessage().startsWith("line 3, column "), e.getMessage());
        assertTrue(e.getMessage().contains("BOAT"), e.getMessage());
        assertTrue(e.getMessage().contains("Purpose"), e.getMessage());
    }

    @Test
    void rejects_a_house_whose_parent_is_not_in_the_filing() {
        String document = """
                <Filing xmlns="urn:borderedi:canonical:1">
                  <Consignments>
                    <Consignment id="1" role="MASTER"/>
                    <Consignment id="2" role="HOUSE" parent="9"/>
                  </Consignments>
                </Filing>
                """;
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class, () -> read(document));
        assertTrue(e.getMessage().contains("9"), e.getMessage());
    }

    @Test
    void rejects_a_document_in_another_namespace() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> read("<Filing xmlns=\"urn:example\"/>"));
        assertEquals(1, e.line());
    }

    @Test
    void reads_a_filing_without_src_attributes_as_a_portal_sends_it() throws IOException {
        String document = """
                <Filing xmlns="urn:borderedi:canonical:1">
                  <Format standard="GATEWAY-XML" message="Filing" version="1"/>
                  <Purpose>ORIGINAL</Purpose>
                  <Mode>ROAD</Mode>
                  <Consignments>
                    <Consignment id="1" role="SIMPLE">
                      <References><Reference scheme="SCN">ABCD1234567</Reference></References>
                    </Consignment>
                  </Consignments>
                </Filing>
                """;
        Filing filing = read(document);
        assertEquals(Identifier.of("SCN", "ABCD1234567"), filing.consignment("1").number());
        assertEquals(ConsignmentRole.SIMPLE, filing.consignment("1").role());
    }

    @Test
    void loads_the_packaged_schema_when_the_working_directory_has_no_mappings(@TempDir Path elsewhere)
            throws IOException {
        CanonicalXml packaged = new CanonicalXml(new ProjectFolders(elsewhere));
        Filing filing = SampleFilings.richSeaFiling();
        assertEquals(filing, packaged.read(new ByteArrayInputStream(packaged.toXml(filing).getBytes(StandardCharsets.UTF_8))));
    }

    private Filing read(String document) throws IOException {
        return xml.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }

    static Filing withShipperName(Text name) {
        return withParty(new Party(PartyRole.SHIPPER, null, name, null, null, List.of(), List.of()));
    }

    static Filing withShipperIdentifier(Identifier identifier) {
        return withParty(new Party(PartyRole.SHIPPER, null, null, null, null, List.of(identifier), List.of()));
    }

    private static Filing withParty(Party party) {
        Consignment consignment = new Consignment("1", ConsignmentRole.SIMPLE, null, null, List.of(), List.of(party), null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null);
        return new Filing(null, null, null, null, null, null, null, null, null, List.of(), null, List.of(consignment));
    }
}
