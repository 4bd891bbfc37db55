package org.borderedi.gateway.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.borderedi.gateway.decisions.Decision;
import org.borderedi.gateway.decisions.DecisionKind;
import org.borderedi.gateway.decisions.HoldState;
import org.borderedi.gateway.decisions.StatusEntry;

/**
 * The status log of every consignment (append-only) and the decisions received: a decision, the status steps it
 * makes and the notices that tell the filer are written in one transaction, once per decision id.
 */
public final class StatusLog {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource journal;
    private final Clock clock;

    public StatusLog(DataSource journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
    }

    /**
     * The consignment a decision names: by the gateway's filing and consignment ids, or else by its bill (the most
     * recent filing that forwarded it).
     */
    public Optional<DecisionTarget> target(Decision decision) {
        try (Connection connection = journal.getConnection()) {
            if (decision.filingId() != null && decision.consignmentId() != null) {
                int slash = decision.filingId().lastIndexOf('/');
                if (slash < 0) {
                    return Optional.empty();
                }
                try (PreparedStatement select = connection.prepareStatement("""
                        SELECT f.partner_id, t.bill, t.receipt_id, t.message_seq, t.consignment_id
                        FROM targeting_forward t JOIN filing f ON f.receipt_id = t.receipt_id
                        WHERE t.receipt_id = ? AND t.message_seq = ? AND t.consignment_id = ?""")) {
                    select.setString(1, decision.filingId().substring(0, slash));
                    select.setInt(2, Integer.parseInt(decision.filingId().substring(slash + 1)));
                    select.setString(3, decision.consignmentId());
                    return first(select);
                } catch (NumberFormatException notAFilingId) {
                    return Optional.empty();
                }
            }
            if (decision.bill() == null) {
                return Optional.empty();
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT f.partner_id, t.bill, t.receipt_id, t.message_seq, t.consignment_id
                    FROM targeting_forward t JOIN filing f ON f.receipt_id = t.receipt_id
                    WHERE t.bill = ? ORDER BY t.receipt_id DESC, t.message_seq DESC""")) {
                select.setString(1, decision.bill());
                return first(select);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up the consignment of decision " + decision.decisionId(), e);
        }
    }

    /** The consignment's log, oldest first. */
    public List<StatusEntry> entries(String partnerId, String bill) {
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kind, state, told FROM status_event WHERE partner_id = ? AND bill = ? ORDER BY id")) {
            select.setString(1, partnerId);
            select.setString(2, bill);
            List<StatusEntry> entries = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new StatusEntry(DecisionKind.valueOf(row.getString(1)), HoldState.valueOf(row.getString(2)),
                            row.getBoolean(3)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the status of " + bill, e);
        }
    }

    /**
     * Records a decision's steps and the notices that tell them, in one transaction.
     *
     * @param messageId the broker message the decision came in, kept to recognise that message when it comes again
     * @param notices   given the steps and the number of the filing's next document, the notices to send
     * @return the notices to send, or empty when this decision was received before (nothing is recorded again)
     */
    public Optional<List<OutboundDocument>> record(Decision decision, String messageId, DecisionTarget target,
            List<StatusEntry> steps, BiFunction<List<StatusEntry>, Integer, List<OutboundDocument>> notices) {
        try (Connection connection = journal.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!firstTime(connection, decision.decisionId(), messageId)) {
                    connection.rollback();
                    return Optional.empty();
                }
                for (StatusEntry step : steps) {
                    insert(connection, decision, target, step);
                }
                int firstSeq = FilingJournal.nextDocumentSeq(connection, target.receiptId());
                List<OutboundDocument> documents = notices.apply(steps, firstSeq);
                FilingJournal.insertDocuments(connection, documents);
                try (PreparedStatement link = connection.prepareStatement(
                        "UPDATE outbound_document SET decision_id = ? WHERE receipt_id = ? AND seq >= ?")) {
                    link.setString(1, decision.decisionId());
                    link.setString(2, target.receiptId());
                    link.setInt(3, firstSeq);
                    link.executeUpdate();
                }
                connection.commit();
                return Optional.of(documents);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record decision " + decision.decisionId(), e);
        }
    }

    /** The notices journaled for a decision, in order: what a redelivered decision sends again. */
    public List<OutboundDocument> notices(String decisionId) {
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT receipt_id, seq, kind, control_number, file_name, content FROM outbound_document
                        WHERE decision_id = ? ORDER BY receipt_id, seq""")) {
            select.setString(1, decisionId);
            List<OutboundDocument> documents = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    documents.add(new OutboundDocument(row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6)));
                }
            }
            return documents;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notices of decision " + decisionId, e);
        }
    }

    /**
     * Whether this decision was recorded from this very broker message: the message is back because the attempt that
     * recorded it did not commit (a crash, a failure), not because the decision was sent again.
     */
    public boolean recordedFrom(String decisionId, String messageId) {
        if (messageId == null) {
            return false;
        }
        try (Connection connection = journal.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT 1 FROM decision_received WHERE decision_id = ? AND message_id = ?")) {
            select.setString(1, decisionId);
            select.setString(2, messageId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up decision " + decisionId, e);
        }
    }

    private boolean firstTime(Connection connection, String decisionId, String messageId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO decision_received (decision_id, received_at, message_id) VALUES (?, ?, ?)")) {
            insert.setString(1, decisionId);
            insert.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.setString(3, messageId);
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    private void insert(Connection connection, Decision decision, DecisionTarget target, StatusEntry step)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO status_event (partner_id, bill, receipt_id, message_seq, consignment_id, decision_id, agency,
                                          kind, state, told, native_code, detail, decided_at, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, target.partnerId());
            insert.setString(2, target.bill());
            insert.setString(3, target.receiptId());
            insert.setInt(4, target.messageSeq());
            insert.setString(5, target.consignmentId());
            insert.setString(6, decision.decisionId());
            insert.setString(7, decision.agency());
            insert.setString(8, step.kind().name());
            insert.setString(9, step.state().name());
            insert.setBoolean(10, step.told());
            insert.setString(11, decision.nativeCode());
            insert.setString(12, decision.text() == null || decision.text().length() <= 2000 ? decision.text()
                    : decision.text().substring(0, 2000));
            insert.setObject(13, decision.decidedAt() == null ? null : OffsetDateTime.ofInstant(decision.decidedAt(), ZoneOffset.UTC));
            insert.setObject(14, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static Optional<DecisionTarget> first(PreparedStatement select) throws SQLException {
        try (ResultSet row = select.executeQuery()) {
            if (!row.next() || row.getString(2) == null) {
                return Optional.empty();
            }
            return Optional.of(new DecisionTarget(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                    row.getString(5)));
        }
    }
}
