-- Segl's first schema: organisations, users, certificate orders, CA state, audit, mail outbox.
-- Written for both H2 2.x and PostgreSQL; ${binary} is VARBINARY on H2 and BYTEA on PostgreSQL.

CREATE TABLE organisation (
    id                        VARCHAR(36)  NOT NULL PRIMARY KEY,
    cvr                       VARCHAR(8)   NOT NULL,
    name                      VARCHAR(200) NOT NULL,
    user_certificates_allowed BOOLEAN      NOT NULL,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    version                   BIGINT       NOT NULL,
    CONSTRAINT uq_organisation_cvr UNIQUE (cvr)
);

CREATE TABLE user_account (
    id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
    organisation_id       VARCHAR(36)  REFERENCES organisation (id),
    login_name            VARCHAR(100),
    name                  VARCHAR(200) NOT NULL,
    email                 VARCHAR(254) NOT NULL,
    password_hash         VARCHAR(400),
    status                VARCHAR(16)  NOT NULL,
    activation_token_hash VARCHAR(64),
    activation_expires_at TIMESTAMP WITH TIME ZONE,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT uq_user_login UNIQUE (login_name),
    CONSTRAINT uq_user_activation UNIQUE (activation_token_hash)
);
CREATE INDEX ix_user_organisation_name ON user_account (organisation_id, name);
CREATE INDEX ix_user_organisation_email ON user_account (organisation_id, email);

CREATE TABLE user_role (
    user_id VARCHAR(36) NOT NULL REFERENCES user_account (id),
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE certificate_order (
    id                    VARCHAR(36) NOT NULL PRIMARY KEY,
    organisation_id       VARCHAR(36) NOT NULL REFERENCES organisation (id),
    user_id               VARCHAR(36) NOT NULL REFERENCES user_account (id),
    type                  VARCHAR(32) NOT NULL,
    identification_method VARCHAR(16) NOT NULL,
    issuance_method       VARCHAR(16) NOT NULL,
    publish_to_directory  BOOLEAN     NOT NULL,
    status                VARCHAR(16) NOT NULL,
    ordered_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ordered_by            VARCHAR(100) NOT NULL,
    issuance_token_hash   VARCHAR(64),
    issuance_expires_at   TIMESTAMP WITH TIME ZONE,
    serial_number         VARCHAR(64),
    certificate_der       ${binary},
    subject_dn            VARCHAR(500),
    not_before            TIMESTAMP WITH TIME ZONE,
    not_after             TIMESTAMP WITH TIME ZONE,
    issued_at             TIMESTAMP WITH TIME ZONE,
    revoked_at            TIMESTAMP WITH TIME ZONE,
    revocation_reason     VARCHAR(32),
    version               BIGINT      NOT NULL,
    CONSTRAINT uq_certificate_serial UNIQUE (serial_number),
    CONSTRAINT uq_certificate_token UNIQUE (issuance_token_hash)
);
CREATE INDEX ix_certificate_user ON certificate_order (user_id);
CREATE INDEX ix_certificate_status ON certificate_order (status);

CREATE TABLE ca_state (
    id          VARCHAR(16) NOT NULL PRIMARY KEY,
    crl_number  BIGINT      NOT NULL,
    crl_der     ${binary},
    this_update TIMESTAMP WITH TIME ZONE,
    next_update TIMESTAMP WITH TIME ZONE,
    stale       BOOLEAN     NOT NULL,
    version     BIGINT      NOT NULL
);
INSERT INTO ca_state (id, crl_number, stale, version) VALUES ('issuing', 0, TRUE, 0);
INSERT INTO ca_state (id, crl_number, stale, version) VALUES ('root', 0, TRUE, 0);

CREATE TABLE audit_entry (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target      VARCHAR(200) NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    detail      VARCHAR(1000)
);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);

CREATE TABLE mail_outbox (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            VARCHAR(10000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(500),
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_mail_due ON mail_outbox (next_attempt_at);
