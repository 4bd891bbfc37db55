package org.borderedi.gateway.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.borderedi.gateway.edi.InterchangeHistory;
import org.borderedi.gateway.edi.Party;
import org.borderedi.gateway.edi.Syntax;

/**
 * The interchanges received, kept in the journal for the duplicate window: the first arrival of a sender's control
 * number is recorded with one insert, which the primary key makes atomic; an arrival older than the window no
 * longer counts and is replaced.
 */
public final class JdbcInterchangeHistory implements InterchangeHistory {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource journal;
    private final Duration window;
    private final Clock clock;

    public JdbcInterchangeHistory(DataSource journal, Duration window, Clock clock) {
        this.journal = journal;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public Optional<Instant> firstArrival(Syntax syntax, Party sender, String controlNumber) {
        return firstArrival(syntax, sender, controlNumber, null);
    }

    /**
     * The history as seen while checking one receipt: an interchange this very receipt brought before (the filing
     * checked again after a crash) is not a duplicate of itself.
     */
    public InterchangeHistory forReceipt(String receiptId) {
        return (syntax, sender, controlNumber) -> firstArrival(syntax, sender, controlNumber, receiptId);
    }

    private Optional<Instant> firstArrival(Syntax syntax, Party sender, String controlNumber, String receiptId) {
        Instant now = clock.instant();
        try (Connection connection = journal.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO interchange_arrival (syntax, sender, control_number, first_arrival, receipt_id) VALUES (?, ?, ?, ?, ?)")) {
                bind(insert, syntax, sender, controlNumber);
                insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.setString(5, receiptId);
                insert.executeUpdate();
                return Optional.empty();
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            Arrival first = firstArrival(connection, syntax, sender, controlNumber);
            if (receiptId != null && receiptId.equals(first.receiptId())) {
                return Optional.empty();
            }
            if (first.at().isBefore(now.minus(window))) {
                renew(connection, syntax, sender, controlNumber, now, receiptId);
                return Optional.empty();
            }
            return Optional.of(first.at());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up interchange " + controlNumber + " from " + sender, e);
        }
    }

    /** Forgets arrivals older than the window; returns how many. */
    public int prune() {
        try (Connection connection = journal.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM interchange_arrival WHERE first_arrival < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(clock.instant().minus(window), ZoneOffset.UTC));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prune the interchange history", e);
        }
    }

    private static Arrival firstArrival(Connection connection, Syntax syntax, Party sender, String controlNumber)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT first_arrival, receipt_id FROM interchange_arrival WHERE syntax = ? AND sender = ? AND control_number = ?")) {
            bind(select, syntax, sender, controlNumber);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Arrival(row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2));
            }
        }
    }

    private record Arrival(Instant at, String receiptId) {
    }

    private static void renew(Connection connection, Syntax syntax, Party sender, String controlNumber, Instant now,
            String receiptId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE interchange_arrival SET first_arrival = ?, receipt_id = ? WHERE syntax = ? AND sender = ? AND control_number = ?")) {
            update.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setString(2, receiptId);
            update.setString(3, syntax.name());
            update.setString(4, sender.toString());
            update.setString(5, controlNumber);
            update.executeUpdate();
        }
    }

    private static void bind(PreparedStatement statement, Syntax syntax, Party sender, String controlNumber)
            throws SQLException {
        statement.setString(1, syntax.name());
        statement.setString(2, sender.toString());
        statement.setString(3, controlNumber);
    }
}
