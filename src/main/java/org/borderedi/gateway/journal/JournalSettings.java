package org.borderedi.gateway.journal;

import java.nio.file.Path;
import org.borderedi.gateway.partners.Secret;

/**
 * Where the journal lives: an embedded H2 database in the data directory by default, or any JDBC URL (PostgreSQL)
 * when {@code gateway.journal.url} is set.
 */
public record JournalSettings(String url, String user, Secret password, int maxConnections) {

    /**
     * The embedded H2 database in {@code <dir>/gateway.mv.db}. WRITE_DELAY=0: each commit is in the file before it
     * returns; by default H2 holds commits in memory for up to half a second, and a killed gateway would lose filings
     * and deliveries the broker had already acted on.
     */
    public static JournalSettings embedded(Path dir, int maxConnections) {
        return new JournalSettings("jdbc:h2:file:" + dir.toAbsolutePath().resolve("gateway") + ";WRITE_DELAY=0", "gateway",
                new Secret(""), maxConnections);
    }
}
