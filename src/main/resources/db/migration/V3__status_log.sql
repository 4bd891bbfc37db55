-- The status log: what targeting and the agencies decided about each consignment, and what the filer was told.
-- The same migration runs on the embedded H2 and on PostgreSQL.

-- Every decision received, by the sender's decision id: a decision received twice is recognised and told once.
CREATE TABLE decision_received (
    decision_id VARCHAR(128)             NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_decision_received PRIMARY KEY (decision_id)
);

-- Append-only, per consignment (the partner's bill): each step a decision took it through (placed, in place,
-- resolved) and whether the filer was told then or the step waits (a release while a hold is open).
CREATE TABLE status_event (
    id             BIGINT GENERATED ALWAYS AS IDENTITY,
    partner_id     VARCHAR(64)              NOT NULL,
    bill           VARCHAR(80)              NOT NULL,
    receipt_id     VARCHAR(64)              NOT NULL,
    message_seq    INTEGER                  NOT NULL,
    consignment_id VARCHAR(32)              NOT NULL,
    decision_id    VARCHAR(128),
    agency         VARCHAR(64),
    kind           VARCHAR(40)              NOT NULL,
    state          VARCHAR(16)              NOT NULL,
    told           BOOLEAN                  NOT NULL,
    native_code    VARCHAR(35),
    detail         VARCHAR(2000),
    decided_at     TIMESTAMP WITH TIME ZONE,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_status_event PRIMARY KEY (id)
);

CREATE INDEX ix_status_event_consignment ON status_event (partner_id, bill, id);
CREATE INDEX ix_targeting_forward_bill ON targeting_forward (bill);
