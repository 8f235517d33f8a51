-- An order is not a certificate. The order keeps what was ordered, for whom (the holder's values,
-- fixed when it was placed) and its issuance link; the certificate gets a record of its own, which
-- the CRL (and OCSP) read without touching orders. Existing issued certificates move across with
-- the same id, so the addresses clients know keep working.

ALTER TABLE certificate_order ADD COLUMN holder_cvr VARCHAR(8);
ALTER TABLE certificate_order ADD COLUMN holder_organisation VARCHAR(200);
ALTER TABLE certificate_order ADD COLUMN holder_name VARCHAR(200);
ALTER TABLE certificate_order ADD COLUMN holder_email VARCHAR(254);
ALTER TABLE certificate_order ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;

UPDATE certificate_order SET
    holder_cvr = (SELECT o.cvr FROM organisation o WHERE o.id = certificate_order.organisation_id),
    holder_organisation = (SELECT o.name FROM organisation o WHERE o.id = certificate_order.organisation_id),
    holder_name = (SELECT u.name FROM user_account u WHERE u.id = certificate_order.user_id),
    holder_email = (SELECT u.email FROM user_account u WHERE u.id = certificate_order.user_id);

ALTER TABLE certificate_order ALTER COLUMN holder_cvr SET NOT NULL;
ALTER TABLE certificate_order ALTER COLUMN holder_organisation SET NOT NULL;
ALTER TABLE certificate_order ALTER COLUMN holder_name SET NOT NULL;
ALTER TABLE certificate_order ALTER COLUMN holder_email SET NOT NULL;

CREATE TABLE certificate (
    id                   VARCHAR(36)   NOT NULL PRIMARY KEY,
    serial_number        VARCHAR(40)   NOT NULL,
    order_id             VARCHAR(36)   REFERENCES certificate_order (id),
    renews_id            VARCHAR(36)   REFERENCES certificate (id),
    organisation_id      VARCHAR(36)   NOT NULL REFERENCES organisation (id),
    user_id              VARCHAR(36)   NOT NULL REFERENCES user_account (id),
    holder_cvr           VARCHAR(8)    NOT NULL,
    holder_organisation  VARCHAR(200)  NOT NULL,
    holder_name          VARCHAR(200)  NOT NULL,
    holder_email         VARCHAR(254)  NOT NULL,
    subject_dn           VARCHAR(2000) NOT NULL,
    public_key_sha256    VARCHAR(64),
    certificate_der      ${binary}     NOT NULL,
    publish_to_directory BOOLEAN       NOT NULL,
    not_before           TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after            TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    revoked_at           TIMESTAMP WITH TIME ZONE,
    revocation_reason    VARCHAR(32),
    version              BIGINT        NOT NULL,
    CONSTRAINT uq_certificate_serial_number UNIQUE (serial_number)
);
CREATE INDEX ix_certificate_holder ON certificate (user_id);
CREATE INDEX ix_certificate_state ON certificate (status, serial_number);
CREATE INDEX ix_certificate_key ON certificate (public_key_sha256);

-- Serial numbers had their shortest hex form; the one text form is 40 digits, zero-padded.
INSERT INTO certificate (id, serial_number, order_id, organisation_id, user_id, holder_cvr, holder_organisation,
                         holder_name, holder_email, subject_dn, certificate_der, publish_to_directory, not_before,
                         not_after, issued_at, status, revoked_at, revocation_reason, version)
SELECT id, LPAD(UPPER(serial_number), 40, '0'), id, organisation_id, user_id, holder_cvr, holder_organisation,
       holder_name, holder_email, subject_dn, certificate_der, publish_to_directory, not_before, not_after,
       issued_at, status, revoked_at, revocation_reason, 0
FROM certificate_order WHERE certificate_der IS NOT NULL;

UPDATE certificate_order SET status = 'FULFILLED', closed_at = issued_at WHERE certificate_der IS NOT NULL;

ALTER TABLE certificate_order DROP CONSTRAINT uq_certificate_serial;
ALTER TABLE certificate_order DROP COLUMN serial_number;
ALTER TABLE certificate_order DROP COLUMN certificate_der;
ALTER TABLE certificate_order DROP COLUMN subject_dn;
ALTER TABLE certificate_order DROP COLUMN not_before;
ALTER TABLE certificate_order DROP COLUMN not_after;
ALTER TABLE certificate_order DROP COLUMN issued_at;
ALTER TABLE certificate_order DROP COLUMN revoked_at;
ALTER TABLE certificate_order DROP COLUMN revocation_reason;

-- Every public key Segl has certified, and for whom: a key is certified for one holder only, and
-- never again once a certificate with it was revoked for key compromise. The primary key makes
-- two concurrent issuances of one key for two holders impossible.
CREATE TABLE certified_key (
    key_sha256  VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id     VARCHAR(36) NOT NULL REFERENCES user_account (id),
    compromised BOOLEAN     NOT NULL,
    version     BIGINT      NOT NULL
);
