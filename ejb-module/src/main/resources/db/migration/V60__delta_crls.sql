-- Delta CRLs. Full and delta CRLs of the issuing CA share one sequence of CRL numbers: crl_number
-- stays the last number used by either, taken under this row's lock; full_number is the number of
-- the current full CRL (the base every new delta names), which until now was crl_number itself.
-- previous_this_update is the thisUpdate of the full CRL before the current one: a revoked
-- certificate stays listed on full CRLs until one was issued after it expired (see README).
ALTER TABLE ca_state ADD COLUMN full_number BIGINT;
UPDATE ca_state SET full_number = crl_number;
ALTER TABLE ca_state ADD COLUMN previous_this_update TIMESTAMP WITH TIME ZONE;
ALTER TABLE ca_state ADD COLUMN delta_der ${binary};
ALTER TABLE ca_state ADD COLUMN delta_number BIGINT;
ALTER TABLE ca_state ADD COLUMN delta_this_update TIMESTAMP WITH TIME ZONE;
ALTER TABLE ca_state ADD COLUMN delta_next_update TIMESTAMP WITH TIME ZONE;

-- A delta lists what was revoked since its base: found by time, not by scanning every revocation.
CREATE INDEX ix_certificate_revoked_at ON certificate (revoked_at);

-- A full CRL reads these columns of every revoked certificate in serial order; with all of them
-- in one index the database never reads the certificate rows themselves (their DER).
CREATE INDEX ix_certificate_crl ON certificate (status, serial_number, not_after, revoked_at, revocation_reason);
