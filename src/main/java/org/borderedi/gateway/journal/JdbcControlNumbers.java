package org.borderedi.gateway.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.borderedi.gateway.edi.ControlNumbers;

/**
 * Outbound control numbers kept in the journal: each number is taken in its own transaction, so a number handed out
 * is never handed out again, whatever happens to the process afterwards.
 */
public final class JdbcControlNumbers implements ControlNumbers {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource journal;

    public JdbcControlNumbers(DataSource journal) {
        this.journal = journal;
    }

    @Override
    public long next(String partnerId, String series) {
        try (Connection connection = journal.getConnection()) {
            connection.setAutoCommit(false);
            while (true) {
                try {
                    long value = increment(connection, partnerId, series);
                    connection.commit();
                    return value;
                } catch (SQLException e) {
                    connection.rollback();
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        throw e;
                    }
                    // another thread created the series first: increment it instead
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take control number of series " + series + " for " + partnerId, e);
        }
    }

    private static long increment(Connection connection, String partnerId, String series) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE control_number SET last_value = last_value + 1 WHERE partner_id = ? AND series = ?")) {
            update.setString(1, partnerId);
            update.setString(2, series);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO control_number (partner_id, series, last_value) VALUES (?, ?, 1)")) {
                    insert.setString(1, partnerId);
                    insert.setString(2, series);
                    insert.executeUpdate();
                    return 1;
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_value FROM control_number WHERE partner_id = ? AND series = ?")) {
            select.setString(1, partnerId);
            select.setString(2, series);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
