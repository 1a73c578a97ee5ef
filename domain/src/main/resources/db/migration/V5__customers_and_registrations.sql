-- Issue 4: end customers, deal registrations (客户报备) with their lines, history and conflicts,
-- the brand's direct opportunities, and what makes submissions orderly: claims per customer
-- identity, numbers per year, and the keys conflict matching looks candidates up by.

-- The customer master. BRAND records are the brand's master data; PARTNER records belong to the
-- partner company that entered them with a registration (owner_company_id), so two partners never
-- share one and a duplicate can never tell a partner that someone else knows the customer. Only
-- the brand's records are unique by USCC: brand_uscc holds the code for BRAND records only, and
-- NULLs do not collide in a unique index.
CREATE TABLE customer (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  master_data_number VARCHAR(32)  NULL COMMENT 'the brand''s own number, e.g. 20230426-000013',
  name               VARCHAR(200) NOT NULL,
  uscc               VARCHAR(18)  NULL COMMENT 'canonical and valid; not CHAR: MariaDB refuses CHAR in a generated column',
  industry           VARCHAR(64)  NULL COMMENT 'first level',
  sub_industry       VARCHAR(64)  NULL COMMENT 'second level',
  phone              VARCHAR(64)  NULL COMMENT 'one or more numbers',
  fax                VARCHAR(32)  NULL,
  email              VARCHAR(254) NULL,
  website            VARCHAR(200) NULL,
  province           VARCHAR(32)  NULL,
  city               VARCHAR(32)  NULL,
  address            VARCHAR(200) NULL,
  origin             VARCHAR(16)  NOT NULL,
  owner_company_id   BIGINT       NULL,
  created_by         VARCHAR(255) NOT NULL,
  created_at         DATETIME(6)  NOT NULL COMMENT 'UTC',
  updated_at         DATETIME(6)  NULL COMMENT 'UTC',
  version            BIGINT       NOT NULL DEFAULT 0,
  brand_uscc         VARCHAR(18)
    GENERATED ALWAYS AS (CASE WHEN origin = 'BRAND' THEN uscc END) STORED,
  PRIMARY KEY (id),
  CONSTRAINT uk_customer_master_data_number UNIQUE (master_data_number),
  CONSTRAINT uk_customer_brand_uscc UNIQUE (brand_uscc),
  CONSTRAINT fk_customer_owner FOREIGN KEY (owner_company_id) REFERENCES partner_company (id),
  CONSTRAINT ck_customer_origin CHECK (origin IN ('BRAND', 'PARTNER')),
  CONSTRAINT ck_customer_owner CHECK ((origin = 'PARTNER') = (owner_company_id IS NOT NULL)),
  CONSTRAINT ck_customer_master_data CHECK (origin = 'BRAND' OR master_data_number IS NULL),
  CONSTRAINT ck_customer_uscc CHECK (uscc IS NULL OR CHAR_LENGTH(uscc) = 18)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a partner's own records (and reuse by USCC); the brand's list by name; lookups by code
CREATE INDEX ix_customer_owner_uscc ON customer (owner_company_id, uscc);
CREATE INDEX ix_customer_name ON customer (name);
CREATE INDEX ix_customer_uscc ON customer (uscc);

-- A partner's claim on a deal. The customer is kept as described (customer_*), the evidence of
-- what was claimed when; customer_id links the partner's customer record from submission on. The
-- tenant is kept as company id (joins) and organization alias (the token's tenant key).
CREATE TABLE deal_registration (
  id                    BIGINT        NOT NULL AUTO_INCREMENT,
  number                VARCHAR(20)   NULL COMMENT 'DR-<year>-<sequence>, given on submission',
  partner_company_id    BIGINT        NOT NULL,
  organization_alias    VARCHAR(64)   NOT NULL,
  customer_id           BIGINT        NULL,
  customer_name         VARCHAR(200)  NULL,
  customer_uscc         VARCHAR(18)   NULL,
  customer_industry     VARCHAR(64)   NULL,
  customer_sub_industry VARCHAR(64)   NULL,
  customer_phone        VARCHAR(64)   NULL,
  customer_fax          VARCHAR(32)   NULL,
  customer_email        VARCHAR(254)  NULL,
  customer_website      VARCHAR(200)  NULL,
  customer_province     VARCHAR(32)   NULL,
  customer_city         VARCHAR(32)   NULL,
  customer_address      VARCHAR(200)  NULL,
  contact_name          VARCHAR(100)  NULL,
  contact_phone         VARCHAR(32)   NULL,
  contact_email         VARCHAR(254)  NULL,
  estimated_amount      DECIMAL(15,2) NULL,
  currency              VARCHAR(3)    NOT NULL DEFAULT 'CNY' COMMENT 'ISO 4217, also of customer_budget',
  expected_close_date   DATE          NULL,
  bid_date              DATE          NULL,
  customer_budget       DECIMAL(15,2) NULL,
  win_probability       SMALLINT      NULL COMMENT 'percent',
  stage                 VARCHAR(16)   NULL,
  notes                 VARCHAR(4000) NULL,
  status                VARCHAR(16)   NOT NULL DEFAULT 'DRAFT',
  created_by            VARCHAR(255)  NOT NULL,
  created_at            DATETIME(6)   NOT NULL COMMENT 'UTC',
  updated_at            DATETIME(6)   NOT NULL COMMENT 'UTC',
  submitted_at          DATETIME(6)   NULL COMMENT 'UTC, the stamp: strictly increasing per customer claim',
  submitted_by          VARCHAR(255)  NULL,
  decided_at            DATETIME(6)   NULL COMMENT 'UTC',
  protected_until       DATE          NULL COMMENT 'last day of protection, brand time zone',
  version               BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_deal_registration_number UNIQUE (number),
  CONSTRAINT fk_deal_registration_company FOREIGN KEY (partner_company_id)
    REFERENCES partner_company (id),
  CONSTRAINT fk_deal_registration_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT ck_deal_registration_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW',
    'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'WON', 'LOST')),
  CONSTRAINT ck_deal_registration_stage CHECK (stage IN ('PROSPECTING', 'QUALIFICATION',
    'SOLUTION', 'PROPOSAL', 'NEGOTIATION')),
  CONSTRAINT ck_deal_registration_currency CHECK (currency REGEXP '^[A-Z]{3}$'),
  CONSTRAINT ck_deal_registration_amount CHECK (estimated_amount >= 0),
  CONSTRAINT ck_deal_registration_budget CHECK (customer_budget >= 0),
  CONSTRAINT ck_deal_registration_probability CHECK (win_probability BETWEEN 0 AND 100),
  CONSTRAINT ck_deal_registration_bid CHECK (bid_date <= expected_close_date),
  -- a draft has no stamp; everything that was submitted has stamp, number and customer record
  CONSTRAINT ck_deal_registration_draft
    CHECK (status <> 'DRAFT' OR (submitted_at IS NULL AND number IS NULL)),
  CONSTRAINT ck_deal_registration_submitted
    CHECK (status IN ('DRAFT', 'WITHDRAWN')
      OR (submitted_at IS NOT NULL AND number IS NOT NULL AND customer_id IS NOT NULL)),
  CONSTRAINT ck_deal_registration_protected
    CHECK (status NOT IN ('APPROVED', 'EXPIRED', 'WON', 'LOST') OR protected_until IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a partner's list (newest change first), a channel manager's per company, everyone's by status
CREATE INDEX ix_deal_registration_alias_updated ON deal_registration (organization_alias, updated_at);
CREATE INDEX ix_deal_registration_company ON deal_registration (partner_company_id, status, submitted_at);
CREATE INDEX ix_deal_registration_status ON deal_registration (status, submitted_at);
CREATE INDEX ix_deal_registration_updated ON deal_registration (updated_at);
CREATE INDEX ix_deal_registration_customer ON deal_registration (customer_id);
CREATE INDEX ix_deal_registration_uscc ON deal_registration (customer_uscc);

-- Product lines, replaced as a whole when a draft is saved.
CREATE TABLE registration_line (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  registration_id BIGINT       NOT NULL,
  position        INT          NOT NULL COMMENT '0-based order in the form',
  product         VARCHAR(100) NOT NULL COMMENT 'name or SKU',
  quantity        INT          NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_registration_line_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_registration_line_quantity CHECK (quantity >= 1),
  CONSTRAINT ck_registration_line_position CHECK (position >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_registration_line_registration ON registration_line (registration_id, position);

-- The readable history of each registration; the audit trail holds the same steps hash-chained.
CREATE TABLE registration_status_change (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  registration_id BIGINT       NOT NULL,
  position        INT          NOT NULL COMMENT '0-based; a submission and its outcome share one instant',
  from_status     VARCHAR(16)  NULL COMMENT 'NULL when the draft was created',
  to_status       VARCHAR(16)  NOT NULL,
  changed_at      DATETIME(6)  NOT NULL COMMENT 'UTC',
  changed_by      VARCHAR(255) NOT NULL COMMENT 'username, or system for the automatic outcome',
  note            VARCHAR(500) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_registration_status_change_position UNIQUE (registration_id, position),
  CONSTRAINT fk_registration_status_change_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_registration_status_change_from CHECK (from_status IN ('DRAFT', 'SUBMITTED',
    'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'WON', 'LOST')),
  CONSTRAINT ck_registration_status_change_to CHECK (to_status IN ('DRAFT', 'SUBMITTED',
    'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'EXPIRED', 'WON', 'LOST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;


-- The brand's own opportunities; open ones count in conflict detection like a partner's claim.
CREATE TABLE direct_opportunity (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  title                 VARCHAR(200) NULL,
  customer_id           BIGINT       NULL COMMENT 'a brand customer record, if picked',
  customer_name         VARCHAR(200) NOT NULL,
  customer_uscc         VARCHAR(18)  NULL,
  customer_industry     VARCHAR(64)  NULL,
  customer_sub_industry VARCHAR(64)  NULL,
  customer_phone        VARCHAR(64)  NULL,
  customer_fax          VARCHAR(32)  NULL,
  customer_email        VARCHAR(254) NULL,
  customer_website      VARCHAR(200) NULL,
  customer_province     VARCHAR(32)  NULL,
  customer_city         VARCHAR(32)  NULL,
  customer_address      VARCHAR(200) NULL,
  owner                 VARCHAR(255) NOT NULL COMMENT 'username of the brand sales person',
  status                VARCHAR(8)   NOT NULL DEFAULT 'OPEN',
  created_by            VARCHAR(255) NOT NULL,
  created_at            DATETIME(6)  NOT NULL COMMENT 'UTC',
  updated_at            DATETIME(6)  NULL COMMENT 'UTC',
  version               BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_direct_opportunity_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
  CONSTRAINT ck_direct_opportunity_status CHECK (status IN ('OPEN', 'WON', 'LOST'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_direct_opportunity_status ON direct_opportunity (status, created_at);
CREATE INDEX ix_direct_opportunity_owner ON direct_opportunity (owner, status);
CREATE INDEX ix_direct_opportunity_uscc ON direct_opportunity (customer_uscc);

-- What conflict detection found when a registration was submitted: one row per candidate scored at
-- or above the review threshold, with the matcher's reasons as JSON text (codes and parameters).
CREATE TABLE registration_conflict (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  registration_id BIGINT       NOT NULL,
  candidate_kind  VARCHAR(24)  NOT NULL,
  candidate_id    BIGINT       NOT NULL,
  score           DECIMAL(4,3) NOT NULL,
  reasons         TEXT         NOT NULL COMMENT 'JSON array of {code, weight, params}',
  found_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT uk_registration_conflict UNIQUE (registration_id, candidate_kind, candidate_id),
  CONSTRAINT fk_registration_conflict_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_registration_conflict_kind
    CHECK (candidate_kind IN ('CUSTOMER', 'REGISTRATION', 'DIRECT_OPPORTUNITY')),
  CONSTRAINT ck_registration_conflict_score CHECK (score BETWEEN 0 AND 1),
  CONSTRAINT ck_registration_conflict_reasons CHECK (JSON_VALID(reasons))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- who conflicts with a given record (the desk shows both sides)
CREATE INDEX ix_registration_conflict_candidate
  ON registration_conflict (candidate_kind, candidate_id);

-- One row per customer identity key (USCC:…, NAME:…). A submission locks the rows of its
-- customer's keys until it commits, which queues simultaneous claims on one customer; the latest
-- stamp given under a key keeps stamps strictly increasing per customer. Keys compare exactly.
CREATE TABLE customer_claim (
  claim_key         VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
  created_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
  last_submitted_at DATETIME(6)  NULL COMMENT 'UTC, the latest stamp under this key',
  PRIMARY KEY (claim_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The last registration number given per year; the row is locked until the submission commits.
CREATE TABLE registration_number_sequence (
  number_year SMALLINT NOT NULL,
  last_value  BIGINT   NOT NULL,
  PRIMARY KEY (number_year),
  CONSTRAINT ck_registration_number_sequence_year CHECK (number_year BETWEEN 2000 AND 9999),
  CONSTRAINT ck_registration_number_sequence_value CHECK (last_value >= 1)
) ENGINE = InnoDB;

-- Conflict matching's lookup keys of every candidate (brand customers, claims, open direct
-- opportunities): a new registration is scored only against the records it shares a key with.
-- match_candidate says which records are indexed with which version of the key rules, so that a
-- changed rule (or rows inserted by SQL, like the demo data) can be indexed again at startup.
CREATE TABLE match_candidate (
  candidate_kind VARCHAR(24) NOT NULL,
  candidate_id   BIGINT      NOT NULL,
  keys_version   INT         NOT NULL,
  indexed_at     DATETIME(6) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (candidate_kind, candidate_id),
  CONSTRAINT ck_match_candidate_kind
    CHECK (candidate_kind IN ('CUSTOMER', 'REGISTRATION', 'DIRECT_OPPORTUNITY'))
) ENGINE = InnoDB;

CREATE TABLE match_key (
  key_kind       VARCHAR(16)  NOT NULL COMMENT 'USCC, TRADE_NAME, PINYIN, VARIANT, DOMAIN, PHONE, …',
  key_value      VARCHAR(255) NOT NULL,
  candidate_kind VARCHAR(24)  NOT NULL,
  candidate_id   BIGINT       NOT NULL,
  PRIMARY KEY (key_kind, key_value, candidate_kind, candidate_id),
  CONSTRAINT ck_match_key_kind
    CHECK (candidate_kind IN ('CUSTOMER', 'REGISTRATION', 'DIRECT_OPPORTUNITY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_match_key_candidate ON match_key (candidate_kind, candidate_id);
