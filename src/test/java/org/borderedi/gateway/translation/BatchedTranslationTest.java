package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.borderedi.gateway.bench.SyntheticInterchanges;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.Syntax;
import org.borderedi.gateway.edi.SyntaxCheck;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.partners.EdiIdentities.EdifactIdentity;
import org.borderedi.gateway.partners.EdiIdentities.X12Identity;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mapping several messages in one Smooks execution gives exactly what mapping each on its own gives: the same
 * filings (as canonical XML, sources included) and problems, in the same order.
 */
class BatchedTranslationTest {

    private static final GatewayIdentity US = new GatewayIdentity(List.of(new X12Identity("ZZ", "BORDERGW")),
            List.of(new EdifactIdentity("BORDERGW", null)));
    private static final SyntaxCheck SYNTAX = SyntaxChecks.standard();
    private static MappingCatalog catalog;
    private static CanonicalXml xml;
    private static FileTranslation translation;

    @TempDir
    static Path temp;

    @BeforeAll
    static void compileMappings() throws IOException {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        catalog = MappingCatalog.load(folders);
        xml = new CanonicalXml(folders);
        translation = new FileTranslation(SYNTAX, catalog, xml);
    }

    @TestFactory
    Stream<DynamicTest> batches_translate_as_single_messages_do() throws IOException {
        Path manifests = temp.resolve("many-309.edi");
        SyntheticInterchanges.x12(manifests, 100 * 1024, 150); // batches of 32 and a last, shorter one per interchange
        Path cuscar = temp.resolve("many-cuscar.edi");
        SyntheticInterchanges.cuscar(cuscar, 60 * 1024, 70);
        List<Path> files = new ArrayList<>(List.of(manifests, cuscar));
        try (Stream<Path> samples = Files.list(Path.of("edi-samples", "edifact"))) {
            samples.filter(p -> p.toString().endsWith(".edi")).sorted().forEach(files::add);
        }
        try (Stream<Path> samples = Files.list(Path.of("edi-samples", "x12"))) {
            samples.filter(p -> p.toString().endsWith(".edi")).sorted().forEach(files::add);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            byte[] data = Files.readAllBytes(file);
            List<String> batched = new ArrayList<>();
            translation.translate(new ByteArrayInputStream(data), ValidationProfile.standardOnly(US),
                    message -> batched.add(describe(message)), new SyntaxEvents() {
                    });
            List<String> single = new ArrayList<>();
            Syntax syntax = file.toString().contains("edifact") || file.toString().contains("cuscar") ? Syntax.EDIFACT : Syntax.X12;
            SYNTAX.check(new ByteArrayInputStream(data), ValidationProfile.standardOnly(US),
                    new MessageTranslator(catalog, syntax, message -> single.add(describe(message))));
            assertEquals(single, batched);
            if (file.getFileName().toString().startsWith("many-")) {
                assertTrue(batched.size() > 40 && batched.stream().allMatch(m -> m.startsWith("<")), "all translated");
            }
        }));
    }

    private static String describe(TranslatedMessage message) {
        return message.translated() ? xml.toXml(message.filing()) : message.outcome().controlNumber() + ": " + message.problem();
    }
}
