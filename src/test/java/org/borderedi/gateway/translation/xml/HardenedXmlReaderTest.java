package org.borderedi.gateway.translation.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.borderedi.gateway.model.Consignment;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.translation.MessageMapping;
import org.borderedi.gateway.translation.MessageMapping.MappingException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The hardened reader on its own: the JDK's parser, no DOCTYPE, and a source for every value it hands Smooks. */
class HardenedXmlReaderTest {

    private static MessageMapping mapping;

    @BeforeAll
    static void loadMapping() throws IOException {
        mapping = MessageMapping.load(HardenedXmlReaderTest.class.getResource("/cargo-xml/attribute-source.xml"));
    }

    private static Filing map(String document) throws MappingException {
        return mapping.mapDocument(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)))
                .build(new SourceFormat("TEST", "Document", "1"), null, Mode.AIR);
    }

    @Test
    void parses_with_the_jdks_own_parser_whatever_jaxp_implementation_the_class_path_brings() throws SAXException {
        assertTrue(HardenedXmlReader.newParser().getClass().getName().startsWith("com.sun.org.apache.xerces.internal."),
                HardenedXmlReader.newParser().getClass().getName());
    }

    @Test
    void gives_element_text_the_path_below_the_root_and_the_line_of_its_start_tag() throws MappingException {
        Filing filing = map("""
                <Document purpose="Creation">
                  <Shipment>
                    <Bill>
                      <Number>
                        999-12345675
                      </Number>
                      <Weight unit="KGM">612.5</Weight>
                    </Bill>
                  </Shipment>
                </Document>
                """);

        Consignment bill = filing.consignments().get(0);
        assertEquals("999-12345675", bill.number().value());
        assertEquals(new Source("Shipment/Bill/Number", 4, null), bill.number().source());
        assertEquals(new Source("Shipment/Bill/Weight", 7, null), bill.totals().grossWeight().source());
        assertEquals("KGM", bill.totals().grossWeight().unit());
    }

    @Test
    void gives_an_attribute_value_the_attributes_name_as_element() throws MappingException {
        Filing filing = map("""
                <Document
                    purpose="Creation"><Bill><Number>1</Number></Bill></Document>
                """);

        // The SAX locator is at the end of the start tag, so a tag written over two lines counts from its second.
        assertEquals(new Source("Document", 2, "purpose"), filing.purposeCode().source());
    }

    @Test
    void refuses_a_doctype_even_without_entities() {
        MappingException refused = assertThrows(MappingException.class, () -> map("""
                <?xml version="1.0"?>
                <!DOCTYPE Document>
                <Document purpose="Creation"/>
                """));

        SAXParseException cause = assertInstanceOf(SAXParseException.class, refused.getCause());
        assertEquals(2, cause.getLineNumber());
    }

    @Test
    void stops_at_the_first_well_formedness_error_with_its_line() {
        MappingException refused = assertThrows(MappingException.class, () -> map("""
                <Document purpose="Creation">
                  <Bill><Number>1</Number></Bil>
                </Document>
                """));

        SAXParseException cause = assertInstanceOf(SAXParseException.class, refused.getCause());
        assertEquals(2, cause.getLineNumber());
    }
}
