package org.borderedi.gateway.journal;

import java.nio.file.Path;
import org.borderedi.gateway.partners.Secret;

/**
 * Where the journal lives: an embedded H2 database in the data directory by default, or any JDBC URL (PostgreSQL)
 * when {@code gateway.journal.url} is set.
 */
public record JournalSettings(String url, String user, Secret password, int maxConnections) {

    /** The embedded H2 database in {@code <dir>/gateway.mv.db}. */
    public static JournalSettings embedded(Path dir, int maxConnections) {
        return new JournalSettings("jdbc:h2:file:" + dir.toAbsolutePath().resolve("gateway"), "gateway", new Secret(""),
                maxConnections);
    }
}
