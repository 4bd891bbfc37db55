package org.borderedi.gateway.translation.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.model.Envelope;
import org.borderedi.gateway.model.Filing;
import org.borderedi.gateway.model.Identifier;
import org.borderedi.gateway.model.Mode;
import org.borderedi.gateway.model.SourceFormat;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.translation.MappingCatalog;
import org.borderedi.gateway.translation.MappingKey;
import org.borderedi.gateway.translation.SegmentCursor;
import org.borderedi.gateway.translation.draft.FilingDraft;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.smooks.Smooks;
import org.smooks.io.sink.JavaSink;
import org.smooks.io.source.StreamSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The DFDL path ({@code mappings/edifact/cuscar-d95b-dfdl-to-canonical.xml}: Smooks EDIFACT cartridge, Daffodil) as a
 * second opinion on the main path: every CUSCAR D95B sample in {@code edi-samples/edifact/} that has golden canonical
 * XML gives, message by message, that same XML.
 *
 * <p>The comparison ignores exactly one thing: the {@code src} attribute of every element (a value's provenance,
 * {@code segment@position/element}), which only the main path's SegmentCursor can give. Everything else is compared as
 * the main path's golden tests compare it (whitespace between elements ignored, namespace prefixes free): the format
 * and envelope too, which this path reads from UNH and UNB itself. The catalog's default mode for CUSCAR D95B is
 * configuration, not parsing, and is taken from {@code translations.properties}. Two limits of the DFDL path are
 * covered by no sample rather than ignored, so a sample that hit them would fail here: numeric DFDL elements (GID
 * 1496, C213 7224, C174 6314, C270 6066, C234 7124) lose leading zeros and trailing decimal zeros ({@code 0845} is
 * {@code 845}), and a repeated composite (C213, C246) gives its last repetition where the main mapping takes the
 * first.
 *
 * <p>A message the parser cannot read does not throw: it becomes {@code BadMessage} (STACK.md trap 4), which the
 * configuration binds into the interchange map as {@code badMessage}; any such bean fails the sample. The schema is compiled once for
 * the class (on the first parse: 15-40 s and some 300 MiB of heap); each sample after it takes under a second.
 */
class DfdlSecondOpinionTest {

    private static final String CONFIG = "edifact/cuscar-d95b-dfdl-to-canonical.xml";
    private static final Path SAMPLES = Path.of("edi-samples", "edifact");

    private static final long STARTED = System.currentTimeMillis() - 1_000;

    private static Smooks dfdl;
    private static Mode defaultMode;
    private static final CanonicalXml XML = new CanonicalXml();

    @BeforeAll
    static void compile() throws Exception {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        URL config = folders.mapping(CONFIG).orElseThrow();
        try (InputStream in = config.openStream()) {
            dfdl = new Smooks(in);
        }
        defaultMode = MappingCatalog.load(folders).find(MappingKey.of(Syntax.EDIFACT, "CUSCAR", "D:95B"))
                .orElseThrow().defaultMode();
    }

    @AfterAll
    static void close() throws IOException {
        if (dfdl != null) {
            dfdl.close();
        }
        removeGeneratedSchemas();
    }

    /**
     * edifact:parser writes its generated interchange schema into a new temporary directory on every parse and never
     * removes it (STACK.md trap 3): remove the ones this class made, known by the schema's name and their age.
     */
    private static void removeGeneratedSchemas() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> dirs = Files.list(tmp)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> content = files.toList();
                    boolean generated = content.size() == 1
                            && content.get(0).getFileName().toString().matches("EDIFACT-Interchange-[0-9a-f-]{36}\\.dfdl\\.xsd")
                            && Files.getLastModifiedTime(dir).toMillis() >= STARTED;
                    if (generated) {
                        Files.delete(content.get(0));
                        Files.delete(dir);
                    }
                } catch (IOException | SecurityException e) {
                    // another user's directory, or gone already: not ours to clean
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> every_golden_d95b_sample_reads_the_same_through_dfdl() throws IOException {
        List<Path> samples = goldenSamples();
        assertTrue(samples.stream().map(p -> p.getFileName().toString()).toList()
                        .containsAll(List.of("cuscar-d95b-ocean.edi", "cuscar-d95b-hazmat.edi", "cuscar-d95b-consolidation.edi")),
                "the golden D95B samples: " + samples);
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(), () -> {
            List<Path> golden = goldenFiles(sample);
            List<Filing> filings = translate(Files.readAllBytes(sample));
            assertEquals(golden.size(), filings.size(), "messages of " + sample);
            for (int i = 0; i < golden.size(); i++) {
                String actual = XML.toXml(filings.get(i));
                Diff diff = DiffBuilder.compare(Files.readString(golden.get(i))).withTest(actual)
                        .withAttributeFilter(attribute -> !"src".equals(attribute.getName()))
                        .ignoreWhitespace().checkForSimilar().build();
                assertFalse(diff.hasDifferences(), golden.get(i) + " differs from the DFDL path: " + diff
                        + "\nDFDL path:\n" + actual);
            }
        }));
    }

    @Test
    void an_unknown_segment_is_caught_although_the_parser_does_not_throw() throws IOException {
        String ocean = Files.readString(SAMPLES.resolve("cuscar-d95b-ocean.edi"), StandardCharsets.ISO_8859_1);
        String broken = ocean.replace("UNT+22+DF0001'", "XYZ+1'UNT+23+DF0001'");
        assertTrue(broken.contains("XYZ+1'"));

        Interchange interchange = parse(broken.getBytes(StandardCharsets.ISO_8859_1));

        assertNotNull(interchange.badMessage(), "the parser reported no BadMessage for an unknown segment");
    }

    @Test
    void the_compiled_schema_is_not_cached_in_the_working_directory() {
        assertFalse(Files.exists(Path.of(".smooks")), "cacheOnDisk must stay off (STACK.md trap 2)");
    }

    /** The filings of one interchange; fails when any part of it came out as BadMessage. */
    private static List<Filing> translate(byte[] edi) {
        Interchange interchange = parse(edi);
        assertNull(interchange.badMessage(), "the DFDL parser could not read part of the interchange (BadMessage)");
        Map<String, Object> unb = interchange.unb();
        List<Filing> filings = new ArrayList<>();
        for (Object bean : (List<?>) unb.get("messages")) {
            Map<?, ?> unh = (Map<?, ?>) bean;
            SourceFormat format = new SourceFormat("EDIFACT", (String) unh.get("type"),
                    (String) unh.get("version") + unh.get("release"));
            Envelope envelope = new Envelope((String) unb.get("reference"), null, (String) unh.get("reference"),
                    party(unb.get("senderQualifier"), unb.get("sender")),
                    party(unb.get("receiverQualifier"), unb.get("receiver")), "1".equals(unb.get("test")));
            filings.add(((FilingDraft) unh.get("filing")).build(format, envelope, defaultMode));
        }
        return filings;
    }

    @SuppressWarnings("unchecked")
    private static Interchange parse(byte[] edi) {
        // Values bound here must not take a source from a segment the main path left current on this thread.
        SegmentCursor.clearCurrent();
        JavaSink sink = new JavaSink();
        dfdl.filterSource(dfdl.createExecutionContext(), new StreamSource<>(new ByteArrayInputStream(edi)), sink);
        Map<String, Object> unb = (Map<String, Object>) sink.getBean("interchange");
        assertNotNull(unb, "the DFDL path bound no interchange");
        return new Interchange(unb, unb.get("badMessage"));
    }

    private static Identifier party(Object qualifier, Object id) {
        return id == null ? null : Identifier.of(qualifier == null ? "" : (String) qualifier, (String) id);
    }

    /** What one parse bound: the UNB map with its messages, and the BadMessage bean when there was one. */
    private record Interchange(Map<String, Object> unb, Object badMessage) {
    }

    /** The CUSCAR D95B samples that have golden canonical XML beside them. */
    private static List<Path> goldenSamples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().matches("cuscar-d95b-.*\\.edi"))
                    .filter(f -> !goldenFiles(f).isEmpty()).sorted().toList();
        }
    }

    /** name.canonical.xml, or name.1.canonical.xml, name.2.canonical.xml, ... */
    private static List<Path> goldenFiles(Path sample) {
        String base = sample.getFileName().toString().replaceFirst("\\.edi$", "");
        Path single = sample.resolveSibling(base + ".canonical.xml");
        if (Files.exists(single)) {
            return List.of(single);
        }
        List<Path> numbered = new ArrayList<>();
        for (int n = 1; Files.exists(sample.resolveSibling(base + "." + n + ".canonical.xml")); n++) {
            numbered.add(sample.resolveSibling(base + "." + n + ".canonical.xml"));
        }
        return numbered;
    }
}
