package org.borderedi.gateway.journal;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.borderedi.gateway.runtime.DataDirectory;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded journal in a gateway's data directory, opened as the gateway opens it, for crash tests to read once
 * the gateway has stopped (H2 keeps its file to one process).
 */
public final class StoppedGatewayJournal {

    private StoppedGatewayJournal() {
    }

    public static DataSource dataSource(Path dataDirectory) {
        JournalSettings settings = JournalSettings.embedded(new DataDirectory(dataDirectory).journal(), 1);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password().value());
        return h2;
    }

    public static FilingJournal filings(Path dataDirectory) {
        return new FilingJournal(dataSource(dataDirectory), Clock.systemUTC());
    }
}
