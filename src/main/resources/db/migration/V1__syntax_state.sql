-- The syntax layer's durable state. The same migrations run on the embedded H2 and on PostgreSQL.

-- Outbound control numbers, per partner and series (x12-interchange, x12-group, edifact-interchange...): the last
-- one used. Strictly increasing, never reused.
CREATE TABLE control_number (
    partner_id VARCHAR(64) NOT NULL,
    series     VARCHAR(64) NOT NULL,
    last_value BIGINT      NOT NULL,
    CONSTRAINT pk_control_number PRIMARY KEY (partner_id, series)
);

-- Interchanges received, by syntax, sender and interchange control number, for duplicate detection within a
-- window (gateway.syntax.duplicate-window-days).
CREATE TABLE interchange_arrival (
    syntax         VARCHAR(16)              NOT NULL,
    sender         VARCHAR(80)              NOT NULL,
    control_number VARCHAR(35)              NOT NULL,
    first_arrival  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_interchange_arrival PRIMARY KEY (syntax, sender, control_number)
);

CREATE INDEX ix_interchange_arrival_time ON interchange_arrival (first_arrival);
