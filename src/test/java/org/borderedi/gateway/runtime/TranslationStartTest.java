package org.borderedi.gateway.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslationStartTest {

    @Test
    void a_mapping_list_that_cannot_be_read_stops_the_start_with_its_reason(@TempDir Path workingDirectory) throws Exception {
        Path mappings = workingDirectory.resolve("mappings");
        try (Stream<Path> files = Files.walk(Path.of("mappings"))) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = mappings.resolve(Path.of("mappings").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Files.writeString(mappings.resolve("translations.properties"), "X12.309 = nonsense\n");

        TranslationStart compiling = TranslationStart.begin(new ProjectFolders(workingDirectory));

        IOException failure = assertThrows(IOException.class, compiling::await);
        assertTrue(failure.getMessage().contains("'X12.309 = nonsense' is not 'SYNTAX.MESSAGE.VERSION = MODE configuration'"),
                failure.getMessage());
    }

    @Test
    void the_project_mappings_compile_in_the_background() throws Exception {
        TranslationStart.Compiled compiled = TranslationStart.begin(ProjectFolders.ofWorkingDirectory()).await();

        assertTrue(compiled.translation() != null && compiled.canonicalXml() != null);
    }
}
