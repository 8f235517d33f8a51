-- The public certificate directory: changes waiting to be written to it. A row names whose entry
-- to bring in line with the database (a user, or the issuing CA); the worker deletes it once done.

CREATE TABLE directory_publication (
    id              VARCHAR(36)  NOT NULL PRIMARY KEY,
    target_kind     VARCHAR(16)  NOT NULL,
    target_id       VARCHAR(36)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER      NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    version         BIGINT       NOT NULL
);
CREATE INDEX ix_directory_publication_due ON directory_publication (next_attempt_at);
