-- The reminder that a certificate comes close to its end with no renewal is decided once per
-- certificate: either mailed (SENT, in the transaction that queued the mails) or not needed
-- because a renewal exists (RENEWED). The primary key makes "once" hold across nodes too.
CREATE TABLE renewal_reminder (
    certificate_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES certificate (id),
    outcome        VARCHAR(16) NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The reminder worker reads issued certificates by the end of their validity.
CREATE INDEX ix_certificate_not_after ON certificate (not_after);
