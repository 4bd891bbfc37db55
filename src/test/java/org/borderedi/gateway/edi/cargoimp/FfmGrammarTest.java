package org.borderedi.gateway.edi.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact elements of every FFM line, synthetic tags included, in both versions. */
class FfmGrammarTest {

    @ParameterizedTest(name = "FFM/{0}")
    @ValueSource(strings = {"7", "8"})
    void lays_out_every_line_in_grammar_order(String version) {
        Recording read = Recording.of("FFM/" + version + """

                1/AC0849/15AUG0910/LHR/CFIVK/CA/15AUG1430/YYZ
                YYZ/15AUG1430
                ULD/PMC41871AC
                014-33975281LHRYYZ/T6K140.0MC0.9/KNITWEAR AND TEA
                /HEA/PER
                DIM/K70/CMT100-80-60/3
                /K70/CMT50-50-50/3
                OSI/COOL ROOM
                OCI/CA/CNE/T/123456789RM0001
                ULD/AKE72215AC-L/TOP LOAD
                081-29506632LHRYYZ/P3K75.0T5/BOOKS
                YUL/NIL
                CONT
                """);

        assertEquals(List.of(
                "MSG:FFM|" + version,
                "FFMFLT:1|AC,0849|15,AUG,0910|LHR|CFIVK|CA|15,AUG,1430|YYZ",
                "POU:YYZ||15,AUG,1430|",
                "ULD:PMC,41871,AC||",
                "CSG:014|33975281|LHR|YYZ|T|6|K|140.0|MC|0.9|||KNITWEAR AND TEA|HEA,PER",
                "DIM:K|70|CMT,100,80,60|3",
                "DIM:K|70|CMT,50,50,50|3",
                "OSI:COOL ROOM",
                "OCI:CA|CNE|T|123456789RM0001",
                "ULD:AKE,72215,AC|L|TOP LOAD",
                "CSG:081|29506632|LHR|YYZ|P|3|K|75.0||||5|BOOKS|",
                "POU:YUL|NIL||",
                "END:CONT"), read.segments.stream().map(s -> s.tag() + ":" + Recording.compact(s)).toList());
        assertTrue(read.findings().isEmpty(), read.findings().toString());
        assertEquals("AC0849/15AUG0910", read.outcome().controlNumber());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1/KL2084/18MAR/AMS\nLHR/NIL\nLAST\n", "1/KL2084/18MAR/AMS/PHBFA\nLHR\nLAST\n"})
    void reads_a_manifest_without_consignments(String body) {
        Recording read = Recording.of("FFM/8\n" + body);

        assertEquals(List.of("MSG", "FFMFLT", "POU", "END"), read.tags());
        assertEquals("KL2084/18MAR", read.outcome().controlNumber());
        assertTrue(read.findings().isEmpty());
    }
}
