-- Every filing and what became of it. The same migration runs on the embedded H2 and on PostgreSQL.
--
-- A filing is journaled in one transaction once it has been checked, translated and validated: its messages, the
-- acknowledgments that answer it and the consignments to forward. Only then does anything leave the gateway, so an
-- acknowledgment never goes out for something the journal does not hold; a filing redelivered after a crash finds
-- its journal entry and sends exactly what was journaled.

CREATE TABLE filing (
    receipt_id          VARCHAR(64)              NOT NULL,
    partner_id          VARCHAR(64)              NOT NULL,
    channel             VARCHAR(16)              NOT NULL,
    original_name       VARCHAR(255),
    size_bytes          BIGINT,
    sha256              VARCHAR(64),
    archive_ref         VARCHAR(512)             NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    format              VARCHAR(200),
    outcome             VARCHAR(32)              NOT NULL,
    journaled_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_filing PRIMARY KEY (receipt_id)
);

CREATE INDEX ix_filing_partner ON filing (partner_id, received_at);

-- Each message of a filing: its envelope identity, both verdicts, the canonical form when it translated, the findings.
CREATE TABLE filing_message (
    receipt_id       VARCHAR(64)  NOT NULL,
    seq              INTEGER      NOT NULL,
    interchange      VARCHAR(35),
    group_control    VARCHAR(35),
    message_type     VARCHAR(35),
    control_number   VARCHAR(35),
    syntax_verdict   VARCHAR(32)  NOT NULL,
    business_verdict VARCHAR(32)  NOT NULL,
    problem          VARCHAR(2000),
    findings         TEXT,
    canonical_xml    TEXT,
    CONSTRAINT pk_filing_message PRIMARY KEY (receipt_id, seq),
    CONSTRAINT fk_filing_message FOREIGN KEY (receipt_id) REFERENCES filing (receipt_id)
);

-- Everything the gateway sends back to the partner about a filing (acknowledgments now, notices later), and whether
-- it has been delivered.
CREATE TABLE outbound_document (
    receipt_id      VARCHAR(64)              NOT NULL,
    seq             INTEGER                  NOT NULL,
    kind            VARCHAR(32)              NOT NULL,
    control_number  VARCHAR(35),
    file_name       VARCHAR(255)             NOT NULL,
    content         TEXT                     NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    attempts        INTEGER                  DEFAULT 0 NOT NULL,
    last_error      VARCHAR(2000),
    CONSTRAINT pk_outbound_document PRIMARY KEY (receipt_id, seq),
    CONSTRAINT uq_outbound_document_file UNIQUE (file_name),
    CONSTRAINT fk_outbound_document FOREIGN KEY (receipt_id) REFERENCES filing (receipt_id)
);

-- One canonical shipment per consignment for targeting: at most one per filing, message and consignment.
CREATE TABLE targeting_forward (
    receipt_id     VARCHAR(64)  NOT NULL,
    message_seq    INTEGER      NOT NULL,
    consignment_id VARCHAR(32)  NOT NULL,
    bill           VARCHAR(80),
    master_bill    VARCHAR(80),
    programmes     VARCHAR(200),
    payload        TEXT         NOT NULL,
    CONSTRAINT pk_targeting_forward PRIMARY KEY (receipt_id, message_seq, consignment_id),
    CONSTRAINT fk_targeting_forward FOREIGN KEY (receipt_id, message_seq) REFERENCES filing_message (receipt_id, seq)
);

-- What happened to each filing, in order, never changed: received, checked, journaled, forwarded, delivered, failed...
CREATE TABLE filing_event (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    receipt_id  VARCHAR(64)              NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    kind        VARCHAR(40)              NOT NULL,
    detail      VARCHAR(4000),
    CONSTRAINT pk_filing_event PRIMARY KEY (id)
);

CREATE INDEX ix_filing_event_receipt ON filing_event (receipt_id, id);

-- An interchange arrival remembers the receipt it came in, so that the same receipt checked again after a crash is
-- not taken for a duplicate of itself.
ALTER TABLE interchange_arrival ADD COLUMN receipt_id VARCHAR(64);
