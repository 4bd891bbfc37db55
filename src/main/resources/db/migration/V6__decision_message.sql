-- The broker message each decision came in: when the same message comes again, the attempt that journaled the
-- decision did not commit its sends (a crash, a failure), so its notices go again; another message with the same
-- decision id is a duplicate, told nothing. The broker's redelivered flag cannot tell the two apart: an embedded
-- broker killed with the gateway forgets it. Rows from before this migration have none.
ALTER TABLE decision_received ADD COLUMN message_id VARCHAR(255);
