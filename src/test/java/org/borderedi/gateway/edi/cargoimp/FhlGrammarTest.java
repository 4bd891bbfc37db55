package org.borderedi.gateway.edi.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact elements of every FHL line identifier, in both versions, and the order of a house's lines. */
class FhlGrammarTest {

    static Stream<Arguments> lines() {
        return Stream.of("4", "5").flatMap(version -> Stream.of(
                row(version, "HBS/DXB7700101/DXBYYZ/10/K300.0/10/CARPETS\n/FRG/VAL",
                        "HBS:DXB7700101|DXB|YYZ|10|K|300.0|10|CARPETS|FRG,VAL"),
                row(version, "HBS/DXB7700102/DXBYYZ/12/L661.4//DATES", "HBS:DXB7700102|DXB|YYZ|12|L|661.4||DATES|"),
                row(version, "TXT/HAND KNOTTED\n/WOOL CARPETS", "TXT:HAND KNOTTED,WOOL CARPETS"),
                row(version, "HTS/570110\n/570220", "HTS:570110,570220"),
                row(version, "OCI/CA/CNE/T/123456789RM0001", "OCI:CA|CNE|T|123456789RM0001"),
                row(version, "SHP\nNAM/GULF WEAVERS\nADR/WAREHOUSE 12\nLOC/DUBAI\n/AE//TE/9714555",
                        "SHP:|GULF WEAVERS|WAREHOUSE 12|DUBAI||AE||TE|9714555"),
                row(version, "CNE\nNAM/HERITAGE RUGS\nADR/88 DUFFERIN ST\nLOC/TORONTO/ON\n/CA/M6K1Y7",
                        "CNE:|HERITAGE RUGS|88 DUFFERIN ST|TORONTO|ON|CA|M6K1Y7||"),
                row(version, "CVD/AED/PP/NVD/22000.00/XXX", "CVD:AED||P,P|NVD|22000.00|XXX")));
    }

    private static Arguments row(String version, String lines, String... expected) {
        return Arguments.of(version, lines, List.of(expected));
    }

    @ParameterizedTest(name = "FHL/{0}: {1}")
    @MethodSource("lines")
    void lays_out_every_line_identifier_in_grammar_order(String version, String lines, List<String> expected) {
        Recording read = Recording.of("FHL/" + version + "\nMBI/932-10473853DXBYYZ/T30K905.0\n" + lines + "\n");

        assertEquals("MBI:932|10473853|DXB|YYZ|T|30|K|905.0|||", read.segments.get(1).tag() + ":" + Recording.compact(read.segments.get(1)));
        assertEquals(expected, read.segments.stream().skip(2).map(s -> s.tag() + ":" + Recording.compact(s)).toList());
        assertTrue(read.findings().isEmpty(), read.findings().toString());
        assertEquals("932-10473853", read.outcome().controlNumber());
    }

    @Test
    void keeps_each_house_s_lines_after_its_hbs() {
        Recording read = Recording.of("""
                FHL/5
                MBI/932-10473853DXBYYZ/T30K905.0
                HBS/H1/DXBYYZ/10/K300.0//CARPETS
                TXT/CARPETS
                SHP
                NAM/A
                CNE
                NAM/B
                HBS/H2/DXBYYZ/20/K605.0//DATES
                HTS/080410
                SHP
                NAM/C
                CNE
                NAM/D
                """);

        assertEquals(List.of("MSG", "MBI", "HBS", "TXT", "SHP", "CNE", "HBS", "HTS", "SHP", "CNE"), read.tags());
        assertEquals(List.of(1, 2, 3, 4, 5, 7, 9, 10, 11, 13), read.segments.stream().map(s -> s.position()).toList());
    }

    @Test
    void rejects_an_hbs_whose_origin_and_destination_cannot_be_split() {
        Recording read = Recording.of("FHL/5\nMBI/932-10473853DXBYYZ/T30K905.0\nHBS/H1/DXB/10/K300.0//CARPETS\n");

        assertEquals(List.of("CARGO_IMP_BAD_LINE_FORMAT"), read.findings().stream().map(f -> f.code().name()).toList());
        assertEquals("H1|DXB|10|K300.0||CARPETS", Recording.compact(read.segment("HBS")));
    }
}
