package org.borderedi.gateway.translation.xml;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Cargo-XML written by other systems, read where the machine has them (they are not ours to copy into the project):
 * tests that use them are skipped elsewhere.
 */
final class ExternalSamples {

    private static final Path FOLDER = Path.of("/work/shared/external-samples/cargo-xml");

    private ExternalSamples() {
    }

    /** The sample, or the calling test is skipped when this machine does not have it. */
    static Path file(String name) {
        Path file = FOLDER.resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(file), "no external sample " + file);
        return file;
    }
}
