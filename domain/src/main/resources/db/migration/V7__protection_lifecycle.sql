-- Issue 5: the protection lifecycle of approved registrations (expiry, reminders, extension,
-- won/lost), escalation of reviews past the service level, and the scheduler that runs these jobs
-- once per slot across all server nodes.

-- One row per job. A node claims the due row with a conditional UPDATE that sets a lease
-- (locked_by, locked_until) in a transaction of its own; the job's work then commits together with
-- the move of next_run_at, so a node that dies mid-run leaves the slot due, and the lease runs out.
CREATE TABLE scheduled_job (
  name         VARCHAR(64)  NOT NULL,
  next_run_at  DATETIME(6)  NOT NULL COMMENT 'UTC; due when it is not after now',
  locked_by    VARCHAR(128) NULL COMMENT 'the node holding the lease',
  locked_until DATETIME(6)  NULL COMMENT 'UTC; the lease ends then whatever the node does',
  last_run_at  DATETIME(6)  NULL COMMENT 'UTC; the last completed run',
  last_result  VARCHAR(500) NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A reminder sent, once per registration, reminder day and protection end: an extension moves the
-- end, and the reminders before the new end are due again.
CREATE TABLE registration_reminder (
  registration_id BIGINT      NOT NULL,
  days_before     SMALLINT    NOT NULL,
  protected_until DATE        NOT NULL,
  sent_at         DATETIME(6) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (registration_id, days_before, protected_until),
  CONSTRAINT fk_registration_reminder_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A review past the service level, escalated once per registration and review round
-- (review_since: when it last went under review).
CREATE TABLE registration_escalation (
  registration_id BIGINT      NOT NULL,
  review_since    DATETIME(6) NOT NULL COMMENT 'UTC',
  escalated_at    DATETIME(6) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (registration_id, review_since),
  CONSTRAINT fk_registration_escalation_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A partner's request to protect an approved registration longer, and the brand's decision. At
-- most one OPEN request per registration: open_registration_id is NULL for decided ones, and NULLs
-- do not collide in a unique index.
CREATE TABLE protection_extension (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  registration_id      BIGINT        NOT NULL,
  partner_company_id   BIGINT        NOT NULL,
  organization_alias   VARCHAR(64)   NOT NULL,
  days                 SMALLINT      NOT NULL,
  justification        VARCHAR(1000) NOT NULL,
  status               VARCHAR(16)   NOT NULL,
  requested_by         VARCHAR(255)  NOT NULL,
  requested_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
  protected_until      DATE          NOT NULL COMMENT 'the end of protection when requested',
  decided_by           VARCHAR(255)  NULL,
  decided_at           DATETIME(6)   NULL COMMENT 'UTC',
  decision_reason      VARCHAR(500)  NULL,
  extended_until       DATE          NULL COMMENT 'the new end, if approved',
  version              BIGINT        NOT NULL DEFAULT 0,
  open_registration_id BIGINT
    GENERATED ALWAYS AS (CASE WHEN status = 'OPEN' THEN registration_id END) STORED,
  PRIMARY KEY (id),
  CONSTRAINT uk_protection_extension_open UNIQUE (open_registration_id),
  CONSTRAINT fk_protection_extension_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_protection_extension_status
    CHECK (status IN ('OPEN', 'APPROVED', 'DENIED', 'LAPSED')),
  CONSTRAINT ck_protection_extension_days CHECK (days >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_protection_extension_registration ON protection_extension (registration_id, id);
CREATE INDEX ix_protection_extension_status ON protection_extension (status, requested_at);

-- How the partner closed an approved registration: won with the actual amount, or lost with a
-- reason. The status history keeps the step; this keeps what the partner said about it.
CREATE TABLE registration_closing (
  registration_id BIGINT        NOT NULL,
  outcome         VARCHAR(8)    NOT NULL,
  actual_amount   DECIMAL(15,2) NULL,
  currency        VARCHAR(3)    NULL COMMENT 'ISO 4217 of actual_amount',
  reason          VARCHAR(500)  NULL,
  closed_by       VARCHAR(255)  NOT NULL,
  closed_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (registration_id),
  CONSTRAINT fk_registration_closing_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_registration_closing_outcome CHECK (outcome IN ('WON', 'LOST')),
  CONSTRAINT ck_registration_closing_amount CHECK (actual_amount IS NULL OR actual_amount >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the expiry and reminder jobs look for approved registrations by their end of protection
CREATE INDEX ix_deal_registration_status_protected ON deal_registration (status, protected_until);
