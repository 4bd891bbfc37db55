-- A notice remembers the decision that caused it: a decision redelivered after a crash that struck between the journal
-- commit and the broker commit sends the notices it journaled, instead of none.
ALTER TABLE outbound_document ADD COLUMN decision_id VARCHAR(128);

CREATE INDEX ix_outbound_document_decision ON outbound_document (decision_id);
