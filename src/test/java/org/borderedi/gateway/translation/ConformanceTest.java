package org.borderedi.gateway.translation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.borderedi.gateway.edi.GatewayIdentity;
import org.borderedi.gateway.edi.SyntaxEvents;
import org.borderedi.gateway.edi.ValidationProfile;
import org.borderedi.gateway.edi.Verdict;
import org.borderedi.gateway.model.canonical.CanonicalXml;
import org.borderedi.gateway.rules.BusinessValidation;
import org.borderedi.gateway.runtime.ProjectFolders;
import org.borderedi.gateway.runtime.SyntaxChecks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance on real messages from elsewhere: with {@code -Dconformance.dir=DIR}, every file under DIR is translated
 * and the run fails on a crash, a message the syntax layer rejects, a message a mapping cannot map, or a message type
 * the gateway has no mapping for; acknowledgments (997, 999, CONTRL: answers, not filings) are refused as filings,
 * which is right, and a TA1-only interchange has no message at all. Business rule
 * findings are real messages' own gaps (a house list without parties): they are printed, not failed.
 */
class ConformanceTest {

    /** Message types that are answers, not filings: translation does not apply to them. */
    private static final Set<String> ACKNOWLEDGMENTS = Set.of("997", "999", "TA1", "CONTRL");

    private static FileTranslation translation;

    @BeforeAll
    static void compileMappings() throws IOException {
        ProjectFolders folders = ProjectFolders.ofWorkingDirectory();
        translation = new FileTranslation(SyntaxChecks.standard(), MappingCatalog.load(folders), new CanonicalXml(folders));
    }

    @TestFactory
    Stream<DynamicTest> every_file_of_the_conformance_folder_translates_or_is_explained() throws IOException {
        String dir = System.getProperty("conformance.dir");
        assumeTrue(dir != null && !dir.isBlank(), "no -Dconformance.dir given");
        Path root = Path.of(dir);
        assumeTrue(Files.isDirectory(root), "conformance folder " + root + " does not exist here");
        BusinessValidation rules = BusinessValidation.standard(Clock.systemUTC());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(root.relativize(file).toString(), () -> {
            List<String> unexplained = new ArrayList<>();
            try (InputStream in = Files.newInputStream(file)) {
                translation.translate(in, ValidationProfile.standardOnly(new GatewayIdentity(List.of(), List.of())), message -> {
                    String type = message.outcome().type();
                    if (ACKNOWLEDGMENTS.contains(type)) {
                        return;
                    }
                    if (message.translated()) {
                        rules.validate(message.filing()).forEach(finding -> System.out.println(
                                file.getFileName() + ": " + finding.severity() + " " + finding.code() + " " + finding.text()));
                    } else if (message.outcome().verdict() == Verdict.REJECTED) {
                        unexplained.add(type + " " + message.outcome().controlNumber() + " rejected: " + message.outcome().findings());
                    } else {
                        unexplained.add(type + " " + message.outcome().controlNumber() + ": " + message.problem());
                    }
                }, new SyntaxEvents() {
                    @Override
                    public void unreadable(long offset, String reason) {
                        unexplained.add("unreadable at byte " + offset + ": " + reason);
                    }
                });
            }
            assertTrue(unexplained.isEmpty(), file + ": " + unexplained);
        }));
    }
}
