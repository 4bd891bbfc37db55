package org.borderedi.gateway.translation.x12;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.borderedi.gateway.translation.x12.X12Translations.CANONICAL;
import static org.borderedi.gateway.translation.x12.X12Translations.CLOCK;
import static org.borderedi.gateway.translation.x12.X12Translations.SAMPLES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.rules.BusinessFinding;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.translation.TranslatedMessage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Every X12 sample with a golden file maps to exactly the canonical XML beside it ({@code <name>.canonical.xml}, or
 * {@code <name>.<n>.canonical.xml} for the n-th message), and every sample with a {@code .findings.txt} gets exactly
 * those business findings.
 */
class X12GoldenFilesTest {

    static Stream<String> samplesWithGoldenFiles() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".edi"))
                    .filter(n -> !goldenFiles(n).isEmpty()).sorted().toList().stream();
        }
    }

    static Stream<String> samplesWithFindings() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".findings.txt"))
                    .map(n -> n.replace(".findings.txt", ".edi")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samplesWithGoldenFiles")
    void sample_maps_to_its_golden_canonical_xml(String sample) throws IOException {
        List<Path> golden = goldenFiles(sample);
        List<TranslatedMessage> messages = X12Translations.translateSample(sample);

        assertEquals(golden.size(), messages.size(), sample + ": messages");
        for (int i = 0; i < golden.size(); i++) {
            TranslatedMessage message = messages.get(i);
            assertTrue(message.translated(), sample + " message " + (i + 1) + ": " + message.problem());
            String expected = Files.readString(golden.get(i), StandardCharsets.UTF_8);
            Diff diff = DiffBuilder.compare(expected).withTest(CANONICAL.toXml(message.filing()))
                    .ignoreWhitespace().checkForSimilar().build();
            assertFalse(diff.hasDifferences(), golden.get(i).getFileName() + ": " + diff);
        }
    }

    @ParameterizedTest
    @MethodSource("samplesWithGoldenFiles")
    void golden_canonical_xml_reads_back_as_the_mapped_filing(String sample) throws IOException {
        List<Path> golden = goldenFiles(sample);
        List<TranslatedMessage> messages = X12Translations.translateSample(sample);

        for (int i = 0; i < golden.size(); i++) {
            Filing read = CANONICAL.read(new ByteArrayInputStream(Files.readAllBytes(golden.get(i))));
            assertEquals(messages.get(i).filing(), read, golden.get(i).getFileName().toString());
        }
    }

    /** The 309s among them: a 358 consist names bills filed in 309s, without their parties. */
    static Stream<String> manifestsWithGoldenFiles() throws IOException {
        return samplesWithGoldenFiles().filter(n -> n.startsWith("309-"));
    }

    @ParameterizedTest
    @MethodSource("manifestsWithGoldenFiles")
    void manifest_samples_with_golden_files_pass_the_business_rules(String sample) {
        for (TranslatedMessage message : X12Translations.translateSample(sample)) {
            List<BusinessFinding> findings = BusinessValidation.standard(CLOCK).validate(message.filing());
            assertEquals(List.of(), findings, sample);
        }
    }

    @ParameterizedTest
    @MethodSource("samplesWithFindings")
    void sample_gets_exactly_its_expected_business_findings(String sample) throws IOException {
        List<String> expected = Files.readAllLines(SAMPLES.resolve(sample.replace(".edi", ".findings.txt"))).stream()
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        Filing filing = X12Translations.sampleFiling(sample);

        List<String> actual = BusinessValidation.standard(CLOCK).validate(filing).stream()
                .map(f -> f.code() + " " + f.consignmentId() + " " + f.field()).toList();

        assertEquals(expected, actual, sample);
    }

    /** The golden files of a sample, in message order. */
    private static List<Path> goldenFiles(String sample) {
        String base = sample.substring(0, sample.length() - ".edi".length());
        Path single = SAMPLES.resolve(base + ".canonical.xml");
        if (Files.exists(single)) {
            return List.of(single);
        }
        return Stream.iterate(1, n -> n + 1).map(n -> SAMPLES.resolve(base + "." + n + ".canonical.xml"))
                .takeWhile(Files::exists).toList();
    }
}
