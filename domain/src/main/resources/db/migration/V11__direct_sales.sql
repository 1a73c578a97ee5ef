-- Direct sales (issue 5, item 6): the brand's own opportunities with the same customer rules and
-- conflict check as partners' registrations, protection that lasts only while activity is recorded,
-- and import keys for the brand's ERP/CRM.
ALTER TABLE direct_opportunity
  ADD COLUMN estimated_amount    DECIMAL(15,2) NULL,
  ADD COLUMN currency            VARCHAR(3)    NOT NULL DEFAULT 'CNY' COMMENT 'ISO 4217',
  ADD COLUMN expected_close_date DATE          NULL,
  ADD COLUMN stage               VARCHAR(16)   NULL,
  ADD COLUMN notes               VARCHAR(4000) NULL,
  ADD COLUMN external_source     VARCHAR(64)   NULL COMMENT 'the importing system, e.g. ERP',
  ADD COLUMN external_ref        VARCHAR(100)  NULL COMMENT 'its id there',
  ADD COLUMN last_activity_at    DATETIME(6)   NULL COMMENT 'UTC, latest activity that occurred',
  ADD COLUMN in_conflict         BOOLEAN       NOT NULL DEFAULT FALSE
    COMMENT 'a partner claim on the customer was found at the last check',
  ADD CONSTRAINT uk_direct_opportunity_external UNIQUE (external_source, external_ref),
  ADD CONSTRAINT ck_direct_opportunity_currency CHECK (currency REGEXP '^[A-Z]{3}$'),
  ADD CONSTRAINT ck_direct_opportunity_amount CHECK (estimated_amount >= 0),
  ADD CONSTRAINT ck_direct_opportunity_stage CHECK (stage IN ('PROSPECTING', 'QUALIFICATION',
    'SOLUTION', 'PROPOSAL', 'NEGOTIATION')),
  ADD CONSTRAINT ck_direct_opportunity_external
    CHECK ((external_source IS NULL) = (external_ref IS NULL));

-- LAPSED: open too long without recorded activity; it no longer protects its customer.
ALTER TABLE direct_opportunity DROP CONSTRAINT ck_direct_opportunity_status;
ALTER TABLE direct_opportunity
  ADD CONSTRAINT ck_direct_opportunity_status CHECK (status IN ('OPEN', 'WON', 'LOST', 'LAPSED'));

-- the lapse job looks for open opportunities by their last sign of life
CREATE INDEX ix_direct_opportunity_activity
  ON direct_opportunity (status, last_activity_at, created_at);

-- What the conflict check found for an opportunity at its creation or last change of customer,
-- like registration_conflict; replaced at each check (the audit log keeps the counts).
CREATE TABLE direct_opportunity_conflict (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  opportunity_id  BIGINT       NOT NULL,
  candidate_kind  VARCHAR(24)  NOT NULL,
  candidate_id    BIGINT       NOT NULL,
  score           DECIMAL(4,3) NOT NULL,
  reasons         TEXT         NOT NULL COMMENT 'JSON array of {code, weight, params}',
  found_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT uk_direct_opportunity_conflict UNIQUE (opportunity_id, candidate_kind, candidate_id),
  CONSTRAINT fk_direct_opportunity_conflict_opportunity FOREIGN KEY (opportunity_id)
    REFERENCES direct_opportunity (id),
  CONSTRAINT ck_direct_opportunity_conflict_kind
    CHECK (candidate_kind IN ('CUSTOMER', 'REGISTRATION', 'DIRECT_OPPORTUNITY')),
  CONSTRAINT ck_direct_opportunity_conflict_score CHECK (score BETWEEN 0 AND 1),
  CONSTRAINT ck_direct_opportunity_conflict_reasons CHECK (JSON_VALID(reasons))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_direct_opportunity_conflict_candidate
  ON direct_opportunity_conflict (candidate_kind, candidate_id);

-- The small activity log that keeps an opportunity's protection alive (the joint follow-up
-- timeline of registrations is a separate, later feature).
CREATE TABLE direct_opportunity_activity (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  opportunity_id BIGINT        NOT NULL,
  kind           VARCHAR(16)   NOT NULL,
  occurred_at    DATETIME(6)   NOT NULL COMMENT 'UTC',
  note           VARCHAR(1000) NULL,
  recorded_by    VARCHAR(255)  NOT NULL,
  recorded_at    DATETIME(6)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT fk_direct_opportunity_activity_opportunity FOREIGN KEY (opportunity_id)
    REFERENCES direct_opportunity (id),
  CONSTRAINT ck_direct_opportunity_activity_kind CHECK (kind IN ('VISIT', 'CALL', 'MEETING',
    'DEMO', 'QUOTATION', 'BID', 'NOTE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_direct_opportunity_activity_opportunity
  ON direct_opportunity_activity (opportunity_id, occurred_at);
