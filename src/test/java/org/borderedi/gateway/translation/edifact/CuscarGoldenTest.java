package org.borderedi.gateway.translation.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The CUSCAR samples in edi-samples/edifact against their golden canonical XML (one file per message) and, for the
 * business-invalid ones, the findings business validation must report; every golden file is also read back.
 */
class CuscarGoldenTest {

    private static final CanonicalXml XML = new CanonicalXml();

    static Stream<String> validSamples() {
        return Stream.of("cuscar-d95b-ocean", "cuscar-d03b-ocean", "cuscar-d95b-consolidation", "cuscar-d95b-hazmat",
                "cuscar-d03b-containers-seals", "cuscar-d96a-ocean-containers-seals", "cuscar-d96a-consolidation-hazmat");
    }

    static Stream<String> invalidSamples() {
        return Stream.of("cuscar-d95b-missing-consignee");
    }

    @ParameterizedTest(name = "{0} translates to its golden canonical XML and passes business rules")
    @MethodSource("validSamples")
    void translates_to_the_golden_canonical_xml(String sample) throws IOException {
        List<TranslatedMessage> messages = CuscarTranslation.translate(sample + ".edi");

        assertFalse(messages.isEmpty());
        for (int n = 1; n <= messages.size(); n++) {
            TranslatedMessage message = messages.get(n - 1);
            assertTrue(message.translated(), message.problem());
            Path golden = CuscarTranslation.sample(messages.size() == 1 ? sample + ".canonical.xml" : sample + "." + n + ".canonical.xml");
            String actual = XML.toXml(message.filing());
            Diff diff = DiffBuilder.compare(Files.readString(golden)).withTest(actual).ignoreWhitespace().checkForSimilar().build();
            assertFalse(diff.hasDifferences(), golden + ": " + diff);
            assertEquals(List.of(), BusinessValidation.standard(CuscarTranslation.CLOCK).validate(message.filing()));
        }
    }

    @ParameterizedTest(name = "{0}: its golden canonical XML reads back to the same filing")
    @MethodSource("validSamples")
    void golden_files_read_back(String sample) throws IOException {
        Path golden = CuscarTranslation.sample(sample + ".canonical.xml");
        Filing read = XML.read(Files.newInputStream(golden));
        String again = XML.toXml(read);

        Diff diff = DiffBuilder.compare(Files.readString(golden)).withTest(again).ignoreWhitespace().checkForSimilar().build();
        assertFalse(diff.hasDifferences(), diff.toString());
        assertEquals(read, XML.read(new ByteArrayInputStream(again.getBytes(StandardCharsets.UTF_8))));
    }

    @ParameterizedTest(name = "{0} translates, and business validation reports its findings file")
    @MethodSource("invalidSamples")
    void business_invalid_samples_report_their_findings(String sample) throws IOException {
        List<TranslatedMessage> messages = CuscarTranslation.translate(sample + ".edi");
        List<String> expected = Files.readAllLines(CuscarTranslation.sample(sample + ".findings.txt")).stream()
                .filter(line -> !line.isBlank()).toList();

        assertEquals(1, messages.size());
        assertTrue(messages.get(0).translated(), messages.get(0).problem());
        List<BusinessFinding> findings = BusinessValidation.standard(CuscarTranslation.CLOCK).validate(messages.get(0).filing());
        assertEquals(expected, findings.stream().map(f -> f.code() + " " + f.consignmentId() + " " + f.field()).toList());
    }
}
