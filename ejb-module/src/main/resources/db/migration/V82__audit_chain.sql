-- The audit log becomes a hash chain (README, "Verifying the audit log"): each entry carries its
-- place in the one chain of the database (seq), the hash of the entry before it and its own hash.
-- Entries written before this version have no link yet: the first node to start links them, in the
-- order they were written, because the hash's encoding lives in Java (dk.segl.audit.EntryHash) and
-- must be computed by the same code the verifier uses.
ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN previous_hash VARCHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash VARCHAR(64);
CREATE UNIQUE INDEX ux_audit_seq ON audit_entry (seq);

-- The chain's head: every append locks this one row, so writers on every node form one chain.
-- checkpoint_entries is the count the last signed checkpoint covered (its own entry included).
CREATE TABLE audit_chain_head (
    id                 VARCHAR(16) NOT NULL PRIMARY KEY,
    entries            BIGINT      NOT NULL,
    head_hash          VARCHAR(64) NOT NULL,
    checkpoint_entries BIGINT      NOT NULL
);
INSERT INTO audit_chain_head (id, entries, head_hash, checkpoint_entries)
    VALUES ('audit', 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
