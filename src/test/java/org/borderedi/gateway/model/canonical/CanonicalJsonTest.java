package org.borderedi.gateway.model.canonical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Source;
import org.borderedi.gateway.model.Text;
import org.junit.jupiter.api.Test;

/** Canonical JSON: what it writes reads back equal, in the documented shape, and what it reads is held to it. */
class CanonicalJsonTest {

    private final CanonicalJson json = new CanonicalJson();

    @Test
    void reads_back_the_rich_filing_it_wrote() throws IOException {
        Filing filing = SampleFilings.richSeaFiling();
        assertEquals(filing, read(json.toJson(filing)));
    }

    @Test
    void reads_back_the_minimal_filing_it_wrote() throws IOException {
        Filing filing = SampleFilings.minimalFiling();
        assertEquals(filing, read(json.toJson(filing)));
    }

    @Test
    void writes_leaves_as_objects_with_value_and_src() {
        String document = json.toJson(SampleFilings.richSeaFiling());
        assertTrue(document.contains("\"purposeCode\" : {\n    \"value\" : \"W\",\n    \"src\" : \"M10@2/07\"\n  }"), document);
        assertTrue(document.contains("\"scheme\" : \"VOYAGE\",\n      \"value\" : \"0425E\""), document);
        assertTrue(document.contains("\"amount\" : \"12850\",\n        \"unit\" : \"KGM\",\n        \"originalUnit\" : \"K\""),
                document);
        assertTrue(document.contains("\"receivedAt\" : \"2025-03-14T09:26:53.589Z\""), document);
    }

    @Test
    void leaves_out_nulls_and_empty_lists() {
        String document = json.toJson(SampleFilings.minimalFiling());
        assertEquals("{\n  \"consignments\" : [ {\n    \"id\" : \"1\"\n  } ]\n}", document);
        assertFalse(document.contains("null"));
    }

    @Test
    void keeps_values_that_need_escaping_or_are_not_ascii() throws IOException {
        Filing filing = CanonicalXmlTest.withShipperName(
                new Text("A&B <Société> \"Été\" \\ \r\n\t\u0001 ✓ 𝄞", new Source("N1", 6, "02")));
        String document = json.toJson(filing);
        assertTrue(document.contains("Société"), document);
        assertEquals(filing, read(document));
    }

    @Test
    void rejects_an_unknown_member_by_its_path() {
        String document = "{\"consignments\": [{\"id\": \"1\", \"parties\": [{\"role\": \"SHIPPER\", \"nmae\": {\"value\": \"X\"}}]}]}";
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class, () -> read(document));
        assertEquals("$.consignments[0].parties[0].nmae: unknown member", e.getMessage());
    }

    @Test
    void rejects_a_value_outside_an_enumeration() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class, () -> read("{\"mode\": \"BOAT\"}"));
        assertTrue(e.getMessage().startsWith("$.mode: BOAT is not one of [ROAD, RAIL, SEA, AIR]"), e.getMessage());
    }

    @Test
    void rejects_a_leaf_written_as_a_bare_string() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> read("{\"purposeCode\": \"W\"}"));
        assertEquals("$.purposeCode: must be an object", e.getMessage());
    }

    @Test
    void rejects_an_identifier_without_a_scheme() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> read("{\"consignments\": [{\"id\": \"1\", \"references\": [{\"value\": \"B1\"}]}]}"));
        assertEquals("$.consignments[0].references[0].scheme: is missing", e.getMessage());
    }

    @Test
    void rejects_a_house_whose_parent_is_not_in_the_filing() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> read("{\"consignments\": [{\"id\": \"2\", \"role\": \"HOUSE\", \"parent\": \"9\"}]}"));
        assertTrue(e.getMessage().contains("parent"), e.getMessage());
    }

    @Test
    void rejects_a_src_that_is_not_a_source() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> read("{\"purposeCode\": {\"value\": \"W\", \"src\": \"M10-2\"}}"));
        assertTrue(e.getMessage().startsWith("$.purposeCode.src: not a source"), e.getMessage());
    }

    @Test
    void rejects_broken_json_with_line_and_column() {
        CanonicalFormatException e = assertThrows(CanonicalFormatException.class,
                () -> read("{\n  \"mode\": \"SEA\",\n  \"purpose\" \"ORIGINAL\"\n}"));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
    }

    @Test
    void rejects_a_duplicate_member() {
        assertThrows(CanonicalFormatException.class, () -> read("{\"mode\": \"SEA\", \"mode\": \"AIR\"}"));
    }

    private Filing read(String document) throws IOException {
        return json.read(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)));
    }
}
