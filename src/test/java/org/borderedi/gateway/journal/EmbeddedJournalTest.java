package org.borderedi.gateway.journal;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The journal on the embedded H2 database, in file mode as the gateway runs it by default. */
class EmbeddedJournalTest extends JournalContract {

    @TempDir
    Path dir;

    @Override
    JournalSettings settings() {
        return JournalSettings.embedded(dir, 4);
    }
}
