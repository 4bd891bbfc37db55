package org.borderedi.gateway.translation.edifact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smooks.Smooks;
import org.smooks.io.sink.JavaSink;
import org.smooks.io.source.StreamSource;
import org.xml.sax.SAXException;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * The DFDL path (Smooks EDIFACT cartridge, Daffodil) as a second opinion on the main path, for each CUSCAR directory
 * that has a DFDL configuration: every sample of that directory in {@code edi-samples/edifact/} that has golden
 * canonical XML gives, message by message, that same XML. D95B samples ({@code cuscar-d95b-*.edi}) are read with
 * {@code mappings/edifact/cuscar-d95b-dfdl-to-canonical.xml}, D96A samples ({@code cuscar-d96a-*.edi}) with
 * {@code mappings/edifact/cuscar-d96a-dfdl-to-canonical.xml}, D03B samples ({@code cuscar-d03b-*.edi}) with
 * {@code mappings/edifact/cuscar-d03b-dfdl-to-canonical.xml}; one dynamic test per (directory, sample), grouped in
 * one container per directory.
 *
 * <p>The comparison ignores exactly one thing: the {@code src} attribute of every element (a value's provenance,
 * {@code segment@position/element}), which only the main path's SegmentCursor can give. Everything else is compared as
 * the main path's golden tests compare it (whitespace between elements ignored, namespace prefixes free): the format
 * and envelope too, which this path reads from UNH and UNB itself. The catalog's default mode for the directory
 * ({@code MappingKey.of(EDIFACT, "CUSCAR", "D:95B")}, {@code "D:96A"} or {@code "D:03B"}) is configuration, not
 * parsing, and is taken from {@code translations.properties}. Two limits of the DFDL path are covered by no sample
 * rather than ignored, so a sample that hit them would fail here: numeric DFDL elements (GID 1496, C213 7224, C270
 * 6066, C234 7124, and in D95B and D96A also C174 6314) lose leading zeros and trailing decimal zeros ({@code 0845} is
 * {@code 845}), and a repeated composite (C213, C246) gives its last repetition where the main mapping takes the first.
 *
 * <p>A message the parser cannot read does not throw: it becomes {@code BadMessage} (STACK.md trap 4), which each
 * configuration binds into the interchange map as {@code badMessage}; any such bean fails the sample, and each
 * directory's container checks that an unknown segment is caught. Each configuration is compiled once for the class (on
 * its first parse: 15-40 s and some 300 MiB of heap), and only one is held at a time: each directory's instance is
 * closed before the next directory's schema is compiled, so the class fits surefire's 1 GiB heap. Each sample after the
 * compile takes under a second.
 */
class DfdlSecondOpinionTest {

    private static final Logger LOG = LoggerFactory.getLogger(DfdlSecondOpinionTest.class);
    private static final Path SAMPLES = Path.of("edi-samples", "edifact");
    private static final Pattern UNT = Pattern.compile("UNT\\+(\\d+)\\+");

    private static final long STARTED = System.currentTimeMillis() - 1_000;
    private static final CanonicalXml XML = new CanonicalXml();

    /** A CUSCAR directory with a DFDL configuration: the samples it reads and the ones that must be among them. */
    private enum Directory {
        D95B("D:95B", "edifact/cuscar-d95b-dfdl-to-canonical.xml", "cuscar-d95b-",
                List.of("cuscar-d95b-ocean.edi", "cuscar-d95b-hazmat.edi", "cuscar-d95b-consolidation.edi")),
        D96A("D:96A", "edifact/cuscar-d96a-dfdl-to-canonical.xml", "cuscar-d96a-",
                List.of("cuscar-d96a-ocean-containers-seals.edi", "cuscar-d96a-consolidation-hazmat.edi")),
        D03B("D:03B", "edifact/cuscar-d03b-dfdl-to-canonical.xml", "cuscar-d03b-",
                List.of("cuscar-d03b-ocean.edi", "cuscar-d03b-containers-seals.edi"));

        final String version;
        final String config;
        final String samplePrefix;
        final List<String> expectedSamples;

        Directory(String version, String config, String samplePrefix, List<String> expectedSamples) {
            this.version = version;
            this.config = config;
            this.samplePrefix = samplePrefix;
            this.expectedSamples = expectedSamples;
        }

        /** The samples of this directory that have golden canonical XML beside them. */
        List<Path> goldenSamples() throws IOException {
            try (Stream<Path> files = Files.list(SAMPLES)) {
                return files.filter(f -> f.getFileName().toString().startsWith(samplePrefix))
                        .filter(f -> f.getFileName().toString().endsWith(".edi"))
                        .filter(f -> !goldenFiles(f).isEmpty()).sorted().toList();
            }
        }
    }

    private static ProjectFolders folders;
    private static MappingCatalog catalog;

    /** The one compiled configuration held at a time, the directory it is for and that directory's default mode. */
    private static Directory compiledFor;
    private static Smooks dfdl;
    private static Mode defaultMode;
    private static boolean schemaCompiled;

    @BeforeAll
    static void loadCatalog() throws IOException {
        folders = ProjectFolders.ofWorkingDirectory();
        catalog = MappingCatalog.load(folders);
    }

    @AfterAll
    static void close() throws IOException {
        release();
        removeGeneratedSchemas();
    }

    /**
     * The configuration for a directory, built the first time it is asked for. The instance for another directory is
     * closed first: a compiled CUSCAR schema holds some 300 MiB, and the containers ask for each directory in turn.
     */
    private static Smooks dfdl(Directory directory) throws IOException, SAXException {
        if (compiledFor != directory) {
            release();
            URL config = folders.mapping(directory.config).orElseThrow();
            try (InputStream in = config.openStream()) {
                dfdl = new Smooks(in);
            }
            defaultMode = catalog.find(MappingKey.of(Syntax.EDIFACT, "CUSCAR", directory.version)).orElseThrow()
                    .defaultMode();
            compiledFor = directory;
            schemaCompiled = false;
        }
        return dfdl;
    }

    private static void release() {
        if (dfdl != null) {
            dfdl.close();
            dfdl = null;
            compiledFor = null;
        }
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

    /**
     * One container per directory, run in turn: its golden samples, then an unknown segment, then the disk cache. The
     * directory's configuration is compiled by the first of them and released when the next directory starts.
     */
    @TestFactory
    Stream<DynamicContainer> every_golden_sample_reads_the_same_through_dfdl() throws IOException {
        List<DynamicContainer> directories = new ArrayList<>();
        for (Directory directory : Directory.values()) {
            List<Path> samples = directory.goldenSamples();
            assertTrue(samples.stream().map(p -> p.getFileName().toString()).toList().containsAll(directory.expectedSamples),
                    "the golden " + directory.version + " samples: " + samples);
            List<DynamicTest> tests = new ArrayList<>();
            for (Path sample : samples) {
                tests.add(dynamicTest(sample.getFileName().toString(), () -> assertReadsTheSame(directory, sample)));
            }
            tests.add(dynamicTest("an unknown segment is caught although the parser does not throw",
                    () -> assertUnknownSegmentIsCaught(directory)));
            tests.add(dynamicTest("the compiled schema is not cached in the working directory",
                    () -> assertFalse(Files.exists(Path.of(".smooks")), "cacheOnDisk must stay off (STACK.md trap 2)")));
            directories.add(dynamicContainer(directory.version + " through " + directory.config, tests.stream()));
        }
        return directories.stream();
    }

    private static void assertReadsTheSame(Directory directory, Path sample) throws IOException, SAXException {
        List<Path> golden = goldenFiles(sample);
        List<Filing> filings = translate(directory, Files.readAllBytes(sample));
        assertEquals(golden.size(), filings.size(), "messages of " + sample);
        for (int i = 0; i < golden.size(); i++) {
            String actual = XML.toXml(filings.get(i));
            Diff diff = DiffBuilder.compare(Files.readString(golden.get(i))).withTest(actual)
                    .withAttributeFilter(attribute -> !"src".equals(attribute.getName()))
                    .ignoreWhitespace().checkForSimilar().build();
            assertFalse(diff.hasDifferences(), golden.get(i) + " differs from the DFDL path: " + diff
                    + "\nDFDL path:\n" + actual);
        }
    }

    /** The directory's first expected sample with a segment no directory has (XYZ) before its first UNT. */
    private static void assertUnknownSegmentIsCaught(Directory directory) throws IOException, SAXException {
        String sample = Files.readString(SAMPLES.resolve(directory.expectedSamples.get(0)), StandardCharsets.ISO_8859_1);
        Matcher unt = UNT.matcher(sample);
        String broken = unt.replaceFirst(m -> "XYZ+1'UNT+" + (Integer.parseInt(m.group(1)) + 1) + "+");
        assertNotEquals(sample, broken);

        Interchange interchange = parse(directory, broken.getBytes(StandardCharsets.ISO_8859_1));

        assertNotNull(interchange.badMessage(), "the parser reported no BadMessage for an unknown segment");
    }

    /** The filings of one interchange; fails when any part of it came out as BadMessage. */
    private static List<Filing> translate(Directory directory, byte[] edi) throws IOException, SAXException {
        Interchange interchange = parse(directory, edi);
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
    private static Interchange parse(Directory directory, byte[] edi) throws IOException, SAXException {
        Smooks smooks = dfdl(directory);
        // Values bound here must not take a source from a segment the main path left current on this thread.
        SegmentCursor.clearCurrent();
        JavaSink sink = new JavaSink();
        long start = System.nanoTime();
        try {
            smooks.filterSource(smooks.createExecutionContext(), new StreamSource<>(new ByteArrayInputStream(edi)), sink);
        } finally {
            // the schema is compiled by the first parse, which is timed whether or not it then reads its interchange
            if (!schemaCompiled) {
                schemaCompiled = true;
                LOG.info("CUSCAR {} DFDL first parse (schema compile included) took {} ms", directory.version,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
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
