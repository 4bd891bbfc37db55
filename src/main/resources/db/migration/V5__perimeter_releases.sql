-- The reference targeting engine's seal record: the seals of each container released at a perimeter port, so that
-- a land-border arrival under other seals shows tampering, across restarts. One row per container: a later release
-- replaces the earlier one.
CREATE TABLE perimeter_release (
    container   VARCHAR(20)              NOT NULL,
    seals       VARCHAR(2000)            NOT NULL,
    port        VARCHAR(16)              NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_perimeter_release PRIMARY KEY (container)
);
