package org.borderedi.gateway.targeting;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The seal record in the journal (table {@code perimeter_release}): a container released at the perimeter is still
 * known after a restart, when it reaches the land border. Seals are kept normalised, separated by spaces (a
 * normalised seal number has none).
 */
public final class JdbcSealRecord implements SealRecord {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource journal;
    private final Clock clock;

    public JdbcSealRecord(DataSource journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    public void released(String container, Set<String> seals, String port) {
        String key = PerimeterSeals.containerKey(container);
        String sealList = String.join(" ", PerimeterSeals.sealKeys(seals));
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection connection = journal.getConnection()) {
            connection.setAutoCommit(false);
            while (true) {
                try {
                    replace(connection, key, sealList, port, now);
                    connection.commit();
                    return;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // another thread recorded the container first: replace its row instead
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the perimeter release of container " + key, e);
        }
    }

    private static void replace(Connection connection, String container, String seals, String port, OffsetDateTime at)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE perimeter_release SET seals = ?, port = ?, released_at = ? WHERE container = ?")) {
            update.setString(1, seals);
            update.setString(2, port);
            update.setObject(3, at);
            update.setString(4, container);
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO perimeter_release (container, seals, port, released_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, container);
            insert.setString(2, seals);
            insert.setString(3, port);
            insert.setObject(4, at);
            insert.executeUpdate();
        }
    }

    @Override
    public Optional<PerimeterRelease> releasedAt(String container) {
        String key = PerimeterSeals.containerKey(container);
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT seals, port, released_at FROM perimeter_release WHERE container = ?")) {
            select.setString(1, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String seals = row.getString(1);
                return Optional.of(new PerimeterRelease(key,
                        seals.isEmpty() ? Set.of() : Arrays.stream(seals.split(" ")).collect(Collectors.toSet()),
                        row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the perimeter release of container " + key, e);
        }
    }
}
