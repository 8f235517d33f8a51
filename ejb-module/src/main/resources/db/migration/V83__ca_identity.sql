-- The CA this database belongs to: the SHA-256 fingerprints of its root and issuing CA certificates
-- (colon-separated hex, as `openssl x509 -fingerprint -sha256` prints them). One row at most: a
-- node whose key store holds another CA refuses to start, so one database never gets two CAs.
CREATE TABLE ca_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    root_fingerprint VARCHAR(95) NOT NULL,
    issuing_fingerprint VARCHAR(95) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
