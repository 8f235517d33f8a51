-- Certificates of IdM systems (TLS client authentication for EST and the IdM API) are certificates
-- Segl signed like any other: on the CRL when revoked, in the same table, told apart by their kind.
ALTER TABLE certificate ADD COLUMN kind VARCHAR(16) DEFAULT 'USER' NOT NULL;
