package org.borderedi.gateway.edi.cargoimp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The exact elements of every FWB line identifier, in both versions (they share their layouts). */
class FwbGrammarTest {

    static Stream<Arguments> lines() {
        return Stream.of("16", "17").flatMap(version -> Stream.of(
                row(version, "020-77319045FRAYYZ/T12K486.5MC2.31DG6", "AWB:020|77319045|FRA|YYZ|T|12|K|486.5|MC|2.31|6"),
                row(version, "FLT/LH6770/14/AC0871/15", "FLT:LH,6770,14|AC,0871,15"),
                row(version, "RTG/YULAC/YYZAC/YOW", "RTG:YUL,AC|YYZ,AC|YOW"),
                row(version, "SHP/4002\nNAM/RHEINTAL GMBH\nADR/INDUSTRIESTRASSE 41\nLOC/MANNHEIM\n/DE/68219/TE/4962190",
                        "SHP:4002|RHEINTAL GMBH|INDUSTRIESTRASSE 41|MANNHEIM||DE|68219|TE|4962190"),
                row(version, "CNE\nNAM/NORTHBAY LTD\nADR/2250 LAKESHORE RD\nLOC/MISSISSAUGA/ON\n/CA/L5J1K2",
                        "CNE:|NORTHBAY LTD|2250 LAKESHORE RD|MISSISSAUGA|ON|CA|L5J1K2||"),
                row(version, "NFY\nNAM/MAPLE BROKERS\nADR/6300 AIRPORT RD\nLOC/MISSISSAUGA/ON\n/CA/L4V1E8/FX/1905",
                        "NFY:|MAPLE BROKERS|6300 AIRPORT RD|MISSISSAUGA|ON|CA|L4V1E8|FX|1905"),
                row(version, "AGT/AC12/2347112/0001/PID\n/KRANICH CARGO\n/FRANKFURT", "AGT:AC12|2347112|0001|PID|KRANICH CARGO|FRANKFURT"),
                row(version, "SSR/KEEP DRY\n/DO NOT STACK", "SSR:KEEP DRY,DO NOT STACK"),
                row(version, "OSI/CALL ON ARRIVAL", "OSI:CALL ON ARRIVAL"),
                row(version, "ACC/GEN/FREIGHT PREPAID\n/GEN/REF 42", "ACC:GEN|FREIGHT PREPAID", "ACC:GEN|REF 42"),
                row(version, "CVD/EUR//PC/NVD/18400.00/XXX", "CVD:EUR||P,C|NVD|18400.00|XXX"),
                row(version, "RTD/1/P12/K486.5/CC/S0007/W500/R2.10/T1050.00\n/NG/INSTRUMENTS\n/2/NC/PARTS\n/3/ND/K486.5/CMT120-80-100/6"
                        + "\n/4/ND//NDA\n/5/NV/MC2.31\n/6/NH/903180\n/7/NO/DE\n/8/NS/12\n/9/NU/PMC12345LH\n/2/PBER/CU/W10/R1/T10",
                        "RTD:1|12|K|486.5|C|0007|500|2.10|1050.00|", "RTDG:|NG|INSTRUMENTS", "RTDG:2|NC|PARTS",
                        "RTDG:3|ND|K|486.5|CMT,120,80,100|6", "RTDG:4|ND|||NDA|", "RTDG:5|NV|MC|2.31", "RTDG:6|NH|903180",
                        "RTDG:7|NO|DE", "RTDG:8|NS|12", "RTDG:9|NU|PMC12345LH", "RTD:2||||U||10|1|10|BER"),
                row(version, "OTH/P/AWC15.00MYC121.64\n/C/SCA48.65", "OTH:P|AW,C,15.00|MY,C,121.64", "OTH:C|SC,A,48.65"),
                row(version, "PPD/WT1021.65/VC5.00\n/OC185.29/CT1211.94", "PPD:1021.65|5.00|||185.29|1211.94"),
                row(version, "COL/TX12.00/OA20/CT32.00", "COL:||12.00|20||32.00"),
                row(version, "CER/KRANICH CARGO", "CER:KRANICH CARGO"),
                row(version, "ISU/14MAR24/FRANKFURT/K WEBER", "ISU:14,MAR,24|FRANKFURT|K WEBER"),
                row(version, "CDC/CAD1.48/1500.00/20.00/1520.00", "CDC:CAD,1.48|1500.00|20.00|1520.00"),
                row(version, "REF/FRAFMLH/F123/AGT/KRANICH/FRA", "REF:FRA,FM,LH|F123|AGT|KRANICH|FRA"),
                row(version, "COR/T1", "COR:T1"),
                row(version, "COI/NC/10.00/5", "COI:NC|10.00|5"),
                row(version, "SII/100.00/P", "SII:100.00|P"),
                row(version, "ARD/KR-2024-118", "ARD:KR-2024-118"),
                row(version, "SPH/DGR/ELI\n/CAO", "SPH:DGR,ELI,CAO"),
                row(version, "NOM/HANDLING PARTNER/YYZ", "NOM:HANDLING PARTNER|YYZ"),
                row(version, "SRI/REF1/INFO1/INFO2", "SRI:REF1|INFO1|INFO2"),
                row(version, "OPI/SWISSPORT\n/YYZFMSP/F77/GHA/SWP/YYZ", "OPI:SWISSPORT|YYZ,FM,SP|F77|GHA|SWP|YYZ"),
                row(version, "OCI/CA/SHP/T/DE811234567\n///ED/0213", "OCI:CA|SHP|T|DE811234567", "OCI:||ED|0213")));
    }

    private static Arguments row(String version, String lines, String... expected) {
        return Arguments.of(version, lines, List.of(expected));
    }

    @ParameterizedTest(name = "FWB/{0}: {1}")
    @MethodSource("lines")
    void lays_out_every_line_identifier_in_grammar_order(String version, String lines, List<String> expected) {
        String waybill = lines.startsWith("020-") ? "" : "176-30482712ORDYUL/T3L1250\n";
        Recording read = Recording.of("FWB/" + version + "\n" + waybill + lines + "\n");

        List<String> segments = read.segments.stream().skip(waybill.isEmpty() ? 1 : 2)
                .map(s -> s.tag() + ":" + Recording.compact(s)).toList();
        assertEquals(expected, segments);
        assertTrue(read.findings().isEmpty(), read.findings().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void rejects_a_line_that_does_not_fit_its_layout_naming_the_physical_line(String lines, int lineNumber) {
        Recording read = Recording.of("FWB/17\n176-30482712ORDYUL/T3L1250\n" + lines + "\n");

        assertEquals(List.of("CARGO_IMP_BAD_LINE_FORMAT"), read.findings().stream().map(f -> f.code().name()).toList());
        assertEquals(lineNumber, read.findings().get(0).position().segment());
    }

    static Stream<Arguments> badLines() {
        return Stream.of(Arguments.of("OTH/P/AWX15.00", 3), Arguments.of("PPD/ZZ12.00", 3), Arguments.of("RTD/1/P1/Q5", 3),
                Arguments.of("CER/A/B", 3), Arguments.of("AGT//1/2\n/NAME\n/PLACE\n/MORE", 6),
                Arguments.of("176-30482712ORDYUL/T3X1250", 3));
    }
}
