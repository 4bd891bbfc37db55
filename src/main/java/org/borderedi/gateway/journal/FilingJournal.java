package org.borderedi.gateway.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The filings the gateway has processed, what it sends because of them, and their history: a processed filing is
 * written in one transaction, so it is either wholly there (and is only ever replayed) or not at all (and is
 * processed again). Events and delivery states are written on their own, as they happen.
 */
public final class FilingJournal {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final int DETAIL_LIMIT = 4000;

    private final DataSource journal;
    private final Clock clock;

    public FilingJournal(DataSource journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * Writes a processed filing whole, with a "journaled" event. When the filing is already there (the same receipt
     * processed twice at once, or again after a crash that struck after the commit), the first one stands and is
     * returned.
     */
    public JournaledFiling journal(JournaledFiling filing) {
        try (Connection connection = journal.getConnection()) {
            connection.setAutoCommit(false);
            try {
                insertFiling(connection, filing);
                insertMessages(connection, filing);
                insertDocuments(connection, filing.documents());
                insertForwards(connection, filing.forwards());
                insertEvent(connection, filing.receiptId(), "JOURNALED", "%s: %s, %d messages, %d documents to send, %d shipments to forward"
                        .formatted(filing.format(), filing.outcome(), filing.messages().size(), filing.documents().size(),
                                filing.forwards().size()));
                connection.commit();
                return filing;
            } catch (SQLException e) {
                connection.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return find(filing.receiptId()).orElseThrow(() -> e);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot journal filing " + filing.receiptId(), e);
        }
    }

    /** The filing as journaled, if it was. */
    public Optional<JournaledFiling> find(String receiptId) {
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT partner_id, channel, original_name, size_bytes, sha256, archive_ref, received_at, format, outcome
                        FROM filing WHERE receipt_id = ?""")) {
            select.setString(1, receiptId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new JournaledFiling(receiptId, row.getString(1), row.getString(2), row.getString(3),
                        row.getLong(4), row.getString(5), row.getString(6), instant(row, 7), row.getString(8),
                        row.getString(9), messages(connection, receiptId), documents(connection, receiptId),
                        forwards(connection, receiptId)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read filing " + receiptId, e);
        }
    }

    /** Appends an event to the filing's history. */
    public void event(String receiptId, String kind, String detail) {
        try (Connection connection = journal.getConnection()) {
            insertEvent(connection, receiptId, kind, detail);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record event " + kind + " of " + receiptId, e);
        }
    }

    /** The filing's history, oldest first. */
    public List<FilingEvent> events(String receiptId) {
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT id, occurred_at, kind, detail FROM filing_event WHERE receipt_id = ? ORDER BY id")) {
            select.setString(1, receiptId);
            List<FilingEvent> events = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(new FilingEvent(row.getLong(1), receiptId, instant(row, 2), row.getString(3), row.getString(4)));
                }
            }
            return events;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history of " + receiptId, e);
        }
    }

    /** Whether this outbound document has been delivered. */
    public boolean delivered(String receiptId, int seq) {
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT delivered_at FROM outbound_document WHERE receipt_id = ? AND seq = ?")) {
            select.setString(1, receiptId);
            select.setInt(2, seq);
            try (ResultSet row = select.executeQuery()) {
                return row.next() && row.getObject(1) != null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the delivery of " + receiptId + "#" + seq, e);
        }
    }

    /**
     * Commits an outbound document's delivery: from now on it is never written again, only finished (a staged file
     * renamed into place). The {@code DELIVERED} event follows once it is in place ({@link #delivered(String, int, String)}).
     * A document the journal does not hold is never delivered: that fails, so the delivery is rolled back rather than
     * sending something unrecorded.
     */
    public void markDelivered(String receiptId, int seq) {
        if (update("UPDATE outbound_document SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE receipt_id = ? AND seq = ?",
                receiptId, seq, null) == 0) {
            throw new IllegalStateException("document " + seq + " of " + receiptId + " is not in the journal: not delivered");
        }
    }

    /** Records that the document is where the partner finds it. */
    public void delivered(String receiptId, int seq, String where) {
        event(receiptId, "DELIVERED", "document " + seq + " to " + where);
    }

    /** Records a failed delivery attempt; the document stays undelivered and is tried again. */
    public void deliveryFailed(String receiptId, int seq, String error) {
        update("UPDATE outbound_document SET attempts = attempts + 1, last_error = ? WHERE receipt_id = ? AND seq = ?",
                receiptId, seq, limit(error, 2000));
        event(receiptId, "DELIVERY_FAILED", "document " + seq + ": " + error);
    }

    private int update(String sql, String receiptId, int seq, String error) {
        try (Connection connection = journal.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            if (error == null) {
                update.setObject(1, now());
            } else {
                update.setString(1, error);
            }
            update.setString(2, receiptId);
            update.setInt(3, seq);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the delivery of " + receiptId + "#" + seq, e);
        }
    }

    private void insertFiling(Connection connection, JournaledFiling filing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO filing (receipt_id, partner_id, channel, original_name, size_bytes, sha256, archive_ref,
                                    received_at, format, outcome, journaled_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, filing.receiptId());
            insert.setString(2, filing.partnerId());
            insert.setString(3, filing.channel());
            insert.setString(4, limit(filing.originalName(), 255));
            insert.setLong(5, filing.sizeBytes());
            insert.setString(6, filing.sha256());
            insert.setString(7, filing.archiveReference());
            insert.setObject(8, OffsetDateTime.ofInstant(filing.receivedAt(), ZoneOffset.UTC));
            insert.setString(9, limit(filing.format(), 200));
            insert.setString(10, filing.outcome());
            insert.setObject(11, now());
            insert.executeUpdate();
        }
    }

    private static void insertMessages(Connection connection, JournaledFiling filing) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO filing_message (receipt_id, seq, interchange, group_control, message_type, control_number,
                                            syntax_verdict, business_verdict, problem, findings, canonical_xml)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (JournaledMessage message : filing.messages()) {
                insert.setString(1, filing.receiptId());
                insert.setInt(2, message.seq());
                insert.setString(3, limit(message.interchange(), 35));
                insert.setString(4, limit(message.group(), 35));
                insert.setString(5, limit(message.type(), 35));
                insert.setString(6, limit(message.controlNumber(), 35));
                insert.setString(7, message.syntaxVerdict());
                insert.setString(8, message.businessVerdict());
                insert.setString(9, limit(message.problem(), 2000));
                text(insert, 10, message.findings());
                text(insert, 11, message.canonicalXml());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Adds documents to journaled filings, inside the caller's transaction. */
    static void insertDocuments(Connection connection, List<OutboundDocument> documents) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO outbound_document (receipt_id, seq, kind, control_number, file_name, content)
                VALUES (?, ?, ?, ?, ?, ?)""")) {
            for (OutboundDocument document : documents) {
                insert.setString(1, document.receiptId());
                insert.setInt(2, document.seq());
                insert.setString(3, document.kind());
                insert.setString(4, limit(document.controlNumber(), 35));
                insert.setString(5, document.fileName());
                text(insert, 6, document.content());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertForwards(Connection connection, List<TargetingForward> forwards) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO targeting_forward (receipt_id, message_seq, consignment_id, bill, master_bill, programmes, payload)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (TargetingForward forward : forwards) {
                insert.setString(1, forward.receiptId());
                insert.setInt(2, forward.messageSeq());
                insert.setString(3, forward.consignmentId());
                insert.setString(4, limit(forward.bill(), 80));
                insert.setString(5, limit(forward.masterBill(), 80));
                insert.setString(6, limit(forward.programmes(), 200));
                text(insert, 7, forward.payload());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The number the filing's next document gets, inside the caller's transaction. */
    static int nextDocumentSeq(Connection connection, String receiptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM outbound_document WHERE receipt_id = ?")) {
            select.setString(1, receiptId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    void insertEvent(Connection connection, String receiptId, String kind, String detail) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO filing_event (receipt_id, occurred_at, kind, detail) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, receiptId);
            insert.setObject(2, now());
            insert.setString(3, kind);
            insert.setString(4, limit(detail, DETAIL_LIMIT));
            insert.executeUpdate();
        }
    }

    private static List<JournaledMessage> messages(Connection connection, String receiptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT seq, interchange, group_control, message_type, control_number, syntax_verdict, business_verdict,
                       problem, findings, canonical_xml
                FROM filing_message WHERE receipt_id = ? ORDER BY seq""")) {
            select.setString(1, receiptId);
            List<JournaledMessage> messages = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    messages.add(new JournaledMessage(row.getInt(1), row.getString(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                            row.getString(10)));
                }
            }
            return messages;
        }
    }

    private static List<OutboundDocument> documents(Connection connection, String receiptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq, kind, control_number, file_name, content FROM outbound_document WHERE receipt_id = ? ORDER BY seq")) {
            select.setString(1, receiptId);
            List<OutboundDocument> documents = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    documents.add(new OutboundDocument(receiptId, row.getInt(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5)));
                }
            }
            return documents;
        }
    }

    private static List<TargetingForward> forwards(Connection connection, String receiptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT message_seq, consignment_id, bill, master_bill, programmes, payload
                FROM targeting_forward WHERE receipt_id = ? ORDER BY message_seq, consignment_id""")) {
            select.setString(1, receiptId);
            List<TargetingForward> forwards = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    forwards.add(new TargetingForward(receiptId, row.getInt(1), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6)));
                }
            }
            return forwards;
        }
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String limit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }
}
