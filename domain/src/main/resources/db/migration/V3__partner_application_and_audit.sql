-- Applications to join the partner programme, from the public form or entered by a brand admin.
-- While an application is open (SUBMITTED) its USCC and company name key are unique among open
-- applications: the generated open_* columns hold the value only while open, and NULLs do not
-- collide in a unique index, so decided applications free their values for a new application.
CREATE TABLE partner_application (
  id                  BIGINT        NOT NULL AUTO_INCREMENT,
  company_name        VARCHAR(200)  NOT NULL,
  name_key            VARCHAR(200)  COLLATE utf8mb4_bin NOT NULL COMMENT 'CompanyNameKey of company_name, compared exactly',
  uscc                VARCHAR(18)   NOT NULL COMMENT 'not CHAR: MariaDB refuses CHAR in a generated column',
  region              VARCHAR(64)   NULL,
  email_domain        VARCHAR(253)  NOT NULL COMMENT 'registrable domain of contact_email, ASCII',
  contact_family_name VARCHAR(49)   NOT NULL,
  contact_given_name  VARCHAR(49)   NOT NULL,
  contact_email       VARCHAR(254)  NOT NULL,
  contact_phone       VARCHAR(32)   NOT NULL,
  contact_job_title   VARCHAR(100)  NULL,
  message             VARCHAR(2000) NULL,
  language            VARCHAR(8)    NOT NULL COMMENT 'of the invitation mail',
  source              VARCHAR(16)   NOT NULL,
  submitted_at        DATETIME(6)   NOT NULL COMMENT 'UTC',
  submitted_by        VARCHAR(64)   NULL COMMENT 'username of the brand admin; NULL for the public form',
  status              VARCHAR(16)   NOT NULL DEFAULT 'SUBMITTED',
  rejection_reason    VARCHAR(500)  NULL,
  decided_by          VARCHAR(64)   NULL,
  decided_at          DATETIME(6)   NULL COMMENT 'UTC',
  partner_company_id  BIGINT        NULL,
  version             BIGINT        NOT NULL DEFAULT 0,
  open_uscc           VARCHAR(18)
    GENERATED ALWAYS AS (CASE WHEN status = 'SUBMITTED' THEN uscc END) STORED,
  open_name_key       VARCHAR(200)  COLLATE utf8mb4_bin
    GENERATED ALWAYS AS (CASE WHEN status = 'SUBMITTED' THEN name_key END) STORED,
  PRIMARY KEY (id),
  CONSTRAINT uk_partner_application_open_uscc UNIQUE (open_uscc),
  CONSTRAINT uk_partner_application_open_name_key UNIQUE (open_name_key),
  CONSTRAINT fk_partner_application_company FOREIGN KEY (partner_company_id)
    REFERENCES partner_company (id),
  CONSTRAINT ck_partner_application_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
  CONSTRAINT ck_partner_application_source CHECK (source IN ('PUBLIC_FORM', 'BRAND_ADMIN')),
  CONSTRAINT ck_partner_application_language CHECK (language IN ('zh-CN', 'en')),
  CONSTRAINT ck_partner_application_decided
    CHECK ((status = 'SUBMITTED') = (decided_at IS NULL AND decided_by IS NULL)),
  CONSTRAINT ck_partner_application_rejected
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
  CONSTRAINT ck_partner_application_approved
    CHECK ((status = 'APPROVED') = (partner_company_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the brand admin's list: open ones first, newest first
CREATE INDEX ix_partner_application_status_submitted ON partner_application (status, submitted_at);
CREATE INDEX ix_partner_application_submitted ON partner_application (submitted_at);
CREATE INDEX ix_partner_application_uscc ON partner_application (uscc);

-- The audit trail: insert-only, hash-chained (see AuditChain for the hashed encoding). Text is kept
-- byte-exact (utf8mb4_bin, details as TEXT rather than JSON, which would be re-serialized), because
-- verification hashes what it reads back. prev_hash is unique: no two entries follow the same one.
CREATE TABLE audit_entry (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
  actor              VARCHAR(255) NOT NULL COMMENT 'username, or anonymous / system',
  actor_organization VARCHAR(64)  NULL,
  action             VARCHAR(64)  NOT NULL COMMENT 'e.g. application.submitted',
  subject_type       VARCHAR(64)  NOT NULL,
  subject_id         VARCHAR(64)  NOT NULL,
  details            TEXT         NOT NULL COMMENT 'JSON object, small',
  prev_hash          CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  hash               CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'hex SHA-256',
  PRIMARY KEY (id),
  CONSTRAINT uk_audit_entry_hash UNIQUE (hash),
  CONSTRAINT uk_audit_entry_prev_hash UNIQUE (prev_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);

-- The chain's newest hash in a single row. Appending locks it (SELECT ... FOR UPDATE) until the
-- appending transaction ends, which serializes appends across threads and server nodes.
CREATE TABLE audit_chain_head (
  id            INT      NOT NULL,
  last_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  last_entry_id BIGINT   NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
