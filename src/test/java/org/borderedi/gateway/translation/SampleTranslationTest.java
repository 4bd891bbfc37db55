package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.canonical.CanonicalJson;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The golden samples of every format at once: each sample in {@code edi-samples/} that has expected canonical XML
 * beside it ({@code name.canonical.xml}, or {@code name.N.canonical.xml} per message) translates to exactly that, and
 * each filing survives the XML and JSON forms unchanged; each sample with {@code name.findings.txt} yields exactly
 * those business findings.
 */
class SampleTranslationTest {

    private static final Path SAMPLES = Path.of("edi-samples");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

    private static FileTranslation translation;
    private static CanonicalXml xml;
    private static final CanonicalJson JSON = new CanonicalJson();

    @BeforeAll
    static void compileMappings() throws IOException {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        xml = new CanonicalXml(folders);
        translation = new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), xml);
    }

    @TestFactory
    Stream<DynamicTest> every_golden_sample_translates_to_its_expected_canonical_xml() throws IOException {
        return samples().filter(sample -> !goldenFiles(sample).isEmpty())
                .map(sample -> DynamicTest.dynamicTest(SAMPLES.relativize(sample).toString(), () -> {
                    List<Path> expected = goldenFiles(sample);
                    List<Filing> filings = translate(sample);
                    assertEquals(expected.size(), filings.size(), "filings translated from " + sample);
                    for (int i = 0; i < expected.size(); i++) {
                        String actual = xml.toXml(filings.get(i));
                        Diff diff = DiffBuilder.compare(Files.readString(expected.get(i))).withTest(actual)
                                .ignoreWhitespace().checkForSimilar().build();
                        assertFalse(diff.hasDifferences(), expected.get(i) + " differs: " + diff + "\nactual:\n" + actual);
                        assertEquals(filings.get(i), xml.read(utf8(actual)), "XML round trip of " + expected.get(i));
                        assertEquals(filings.get(i), JSON.read(utf8(JSON.toJson(filings.get(i)))),
                                "JSON round trip of " + expected.get(i));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_sample_with_expected_findings_yields_exactly_them() throws IOException {
        BusinessValidation rules = BusinessValidation.standard(CLOCK);
        return samples().filter(sample -> Files.exists(beside(sample, ".findings.txt")))
                .map(sample -> DynamicTest.dynamicTest(SAMPLES.relativize(sample).toString(), () -> {
                    List<String> expected = Files.readAllLines(beside(sample, ".findings.txt")).stream()
                            .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
                    List<String> actual = new ArrayList<>();
                    for (Filing filing : translate(sample)) {
                        rules.validate(filing).forEach(f -> actual.add(f.code() + " " + f.consignmentId() + " " + f.field()));
                    }
                    assertEquals(expected, actual, "business findings of " + sample);
                }));
    }

    private static List<Filing> translate(Path sample) throws IOException {
        List<Filing> filings = new ArrayList<>();
        try (InputStream in = Files.newInputStream(sample)) {
            translation.translate(in, ValidationProfile.standardOnly(new GatewayIdentity(List.of(), List.of())), message -> {
                if (message.translated()) {
                    filings.add(message.filing());
                }
            }, new SyntaxEvents() {
            });
        }
        return filings;
    }

    private static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> {
                        String name = f.getFileName().toString();
                        return !name.endsWith(".canonical.xml") && !name.endsWith(".findings.txt") && !name.endsWith(".md");
                    })
                    .sorted().toList().stream();
        }
    }

    /** name.canonical.xml, or name.1.canonical.xml, name.2.canonical.xml, ... */
    private static List<Path> goldenFiles(Path sample) {
        Path single = beside(sample, ".canonical.xml");
        if (Files.exists(single)) {
            return List.of(single);
        }
        List<Path> numbered = new ArrayList<>();
        for (int n = 1; Files.exists(beside(sample, "." + n + ".canonical.xml")); n++) {
            numbered.add(beside(sample, "." + n + ".canonical.xml"));
        }
        return numbered;
    }

    private static Path beside(Path sample, String suffix) {
        String name = sample.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return sample.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + suffix);
    }

    private static InputStream utf8(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
