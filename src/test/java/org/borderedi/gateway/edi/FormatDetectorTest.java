package org.borderedi.gateway.edi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    static Stream<Arguments> tells_the_syntax_from_the_first_bytes() {
        return Stream.of(
                Arguments.of("ISA*00*          *00*          *ZZ*ACMEFWD        *ZZ*BORDERGW       *261122*1412*U*00401*000000101*0*P*>~",
                        Syntax.X12, "X12 interchange, version 00401"),
                Arguments.of("\r\n  ISA|00|          |00|          |ZZ|ACMEFWD        |ZZ|BORDERGW       |261122|1412|^|00501|000000101|0|P|:\u001C",
                        Syntax.X12, "X12 interchange, version 00501"),
                Arguments.of("UNA:+.? 'UNB+UNOC:3+ACMEFWD+BORDERGW+261122:1412+1'", Syntax.EDIFACT, "UN/EDIFACT interchange, syntax UNOC"),
                Arguments.of("UNB+UNOA:2+ACMEFWD:ZZZ+BORDERGW:ZZZ+261122:1412+1'", Syntax.EDIFACT, "UN/EDIFACT interchange, syntax UNOA"),
                Arguments.of("FWB/17\n014-12345675LHRYYZ/T2K25.0\n", Syntax.CARGO_IMP, "IATA Cargo-IMP FWB/17"),
                Arguments.of("QK YYZFMXH\n.LHRFMXH 221200\nFHL/5\nMBI/014-12345675LHRYYZ/T2K25.0\n", Syntax.CARGO_IMP, "IATA Cargo-IMP FHL/5"),
                Arguments.of("FFM/8\r\n1/XX123/22NOV/LHR\r\n", Syntax.CARGO_IMP, "IATA Cargo-IMP FFM/8"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource
    void tells_the_syntax_from_the_first_bytes(String head, Syntax syntax, String description) {
        Detection detection = FormatDetector.detect(bytes(head));
        assertEquals(syntax, detection.syntax());
        assertEquals(description, detection.description());
    }

    @Test
    void reads_the_root_element_and_namespace_of_xml_without_parsing_it() {
        assertEquals(new Detection(Syntax.CARGO_XML, "IATA Cargo-XML XFWB {iata:waybill:1}Waybill"), FormatDetector.detect(bytes(
                "<?xml version=\"1.0\"?>\n<!-- master -->\n<ns2:Waybill xmlns=\"iata:datamodel:3\" xmlns:ns2=\"iata:waybill:1\">")));
        assertEquals(Syntax.CARGO_XML, FormatDetector.detect(bytes("<rsm:HouseWaybill xmlns:rsm='iata:housewaybill:1'>")).syntax());
        assertEquals(Syntax.GATEWAY_XML,
                FormatDetector.detect(bytes("<Filing xmlns=\"" + FormatDetector.GATEWAY_XML_NAMESPACE + "\">")).syntax());
    }

    static Stream<Arguments> names_what_an_unrecognised_format_looks_like() {
        return Stream.of(
                Arguments.of("", "it is empty"),
                Arguments.of("   \n  ", "it holds only white space"),
                Arguments.of("%PDF-1.7", "a PDF document"),
                Arguments.of("Dear customs officer,\nplease find", "text starting 'Dear customs officer,'"),
                Arguments.of("<html><body>", "XML with the root element {}html"),
                Arguments.of("<!DOCTYPE foo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><foo/>", "document type declaration"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource
    void names_what_an_unrecognised_format_looks_like(String head, String looksLike) {
        Detection detection = FormatDetector.detect(bytes(head));
        assertEquals(Syntax.UNRECOGNISED, detection.syntax());
        assertTrue(detection.description().contains(looksLike), detection.description());
    }

    @Test
    void recognises_archives_and_binary_junk() {
        assertTrue(FormatDetector.detect(new byte[] {'P', 'K', 3, 4, 20, 0}).description().endsWith("a ZIP archive"));
        assertTrue(FormatDetector.detect(new byte[] {0x1F, (byte) 0x8B, 8, 0}).description().endsWith("a gzip-compressed file"));
        assertTrue(FormatDetector.detect(new byte[] {'A', 0, 1, 2, 'B'}).description().endsWith("binary data"));
    }

    @Test
    void leaves_the_stream_to_be_read_from_the_start() throws Exception {
        byte[] content = bytes("FWB/17\n014-12345675LHRYYZ/T2K25.0\n");
        BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(content));
        assertEquals(Syntax.CARGO_IMP, FormatDetector.detect(in).syntax());
        assertEquals(new String(content, StandardCharsets.US_ASCII), new String(in.readAllBytes(), StandardCharsets.US_ASCII));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
