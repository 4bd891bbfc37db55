package org.borderedi.gateway.journal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.apache.camel.support.service.ServiceSupport;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's relational store: a pool of connections to a database whose schema the migrations in
 * {@code db/migration} keep current. Started before anything uses it; a database that cannot be reached or migrated
 * stops the start-up.
 */
public final class Journal extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(Journal.class);

    private final JournalSettings settings;
    private volatile HikariDataSource pool;

    public Journal(JournalSettings settings) {
        this.settings = settings;
    }

    @Override
    protected void doStart() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("journal");
        config.setJdbcUrl(settings.url());
        // empty means "none": credentials may also come in the URL, and must not be overridden by blanks
        if (settings.user() != null && !settings.user().isEmpty()) {
            config.setUsername(settings.user());
        }
        if (!settings.password().value().isEmpty()) {
            config.setPassword(settings.password().value());
        }
        config.setMaximumPoolSize(settings.maxConnections());
        HikariDataSource started = new HikariDataSource(config);
        try {
            int applied = Flyway.configure().dataSource(started).locations("classpath:db/migration").load().migrate()
                    .migrationsExecuted;
            LOG.info("Journal {}: schema current ({} migrations applied now)", settings.url(), applied);
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        pool = started;
    }

    @Override
    protected void doStop() {
        HikariDataSource started = pool;
        pool = null;
        if (started != null) {
            started.close();
        }
    }

    public DataSource dataSource() {
        DataSource started = pool;
        if (started == null) {
            throw new IllegalStateException("the journal is not started");
        }
        return started;
    }
}
