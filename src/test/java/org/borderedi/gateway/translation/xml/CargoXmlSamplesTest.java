package org.borderedi.gateway.translation.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.Diff;

/**
 * Golden files: each of our Cargo-XML samples translates to the canonical XML beside it ({@code <name>.canonical.xml},
 * checked by hand against the sample), and business validation finds exactly what {@code <name>.findings.txt} lists
 * ({@code CODE consignmentId field} per line, in the order the rules report), or nothing when there is no such file.
 */
class CargoXmlSamplesTest {

    static final Path SAMPLES = Path.of("edi-samples", "cargo-xml");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private static XmlFilingTranslator translator;

    @BeforeAll
    static void loadCatalog() throws IOException {
        translator = new XmlFilingTranslator(MappingCatalog.load(ProjectFolders.ofWorkingDirectory()));
    }

    static TranslatedMessage translate(Path document) throws IOException {
        try (InputStream in = Files.newInputStream(document)) {
            return translator.translate(in);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "xfwb-general, XFWB, 999-12345675-20261119-01",
            "xfwb-consolidation, XFWB, 999-20261124-20261120-01",
            "xfzb-house, XFZB, NLF0001234-999-20261124-01",
            "xfzb-missing-consignee-address, XFZB, NLF0001235-999-20261124-01",
            "xffm-flight, XFFM, XB881-CPH-20261121-01",
    })
    void sample_translates_to_its_golden_canonical_xml_and_findings(String name, String type, String reference)
            throws IOException {
        TranslatedMessage message = translate(SAMPLES.resolve(name + ".xml"));

        assertNull(message.problem());
        assertNotNull(message.filing());
        assertEquals(Verdict.ACCEPTED, message.outcome().verdict());
        assertEquals(type, message.outcome().type());
        assertEquals(reference, message.outcome().controlNumber());
        assertEquals("3.00", message.outcome().version());
        assertNull(message.outcome().interchange());
        assertNull(message.outcome().group());

        Diff diff = DiffBuilder.compare(Input.fromPath(SAMPLES.resolve(name + ".canonical.xml")))
                .withTest(Input.fromString(new CanonicalXml().toXml(message.filing())))
                .ignoreWhitespace()
                .checkForSimilar()
                .build();
        assertFalse(diff.hasDifferences(), diff.toString());

        assertEquals(expectedFindings(name), findings(message));
    }

    static List<String> findings(TranslatedMessage message) {
        return BusinessValidation.standard(CLOCK).validate(message.filing()).stream()
                .map(CargoXmlSamplesTest::line)
                .toList();
    }

    static List<String> expectedFindings(String name) throws IOException {
        Path file = SAMPLES.resolve(name + ".findings.txt");
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static String line(BusinessFinding finding) {
        return finding.code() + " " + finding.consignmentId() + " " + finding.field();
    }
}
