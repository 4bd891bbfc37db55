package org.borderedi.gateway.journal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.borderedi.gateway.partners.Secret;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The journal on PostgreSQL, with the same migrations as H2. Runs when {@code GATEWAY_TEST_POSTGRES_URL} names a
 * database it may empty (.ci/run starts Debian's PostgreSQL on loopback and sets it where it can).
 */
@EnabledIfEnvironmentVariable(named = "GATEWAY_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class PostgresJournalTest extends JournalContract {

    private static final String URL = System.getenv("GATEWAY_TEST_POSTGRES_URL");

    @BeforeEach
    void emptyDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA public CASCADE");
            statement.execute("CREATE SCHEMA public");
        }
    }

    @Override
    JournalSettings settings() {
        return new JournalSettings(URL, null, new Secret(""), 4);
    }
}
