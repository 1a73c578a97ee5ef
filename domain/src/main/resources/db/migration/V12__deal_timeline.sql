-- The joint follow-up timeline of a registered deal (issue 6): activities of partner and brand
-- staff, some of them brand-internal, with their attached files, and the deal's state of activity
-- for the inactivity flag.
CREATE TABLE deal_activity (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  registration_id   BIGINT        NOT NULL,
  kind              VARCHAR(16)   NOT NULL,
  visibility        VARCHAR(16)   NOT NULL DEFAULT 'SHARED',
  occurred_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
  participants      VARCHAR(2200) NULL COMMENT 'one name per line',
  customer_contacts VARCHAR(2200) NULL COMMENT 'one name per line',
  notes             VARCHAR(4000) NULL,
  outcome           VARCHAR(2000) NULL,
  next_step         VARCHAR(1000) NULL,
  author_username   VARCHAR(255)  NOT NULL,
  author_name       VARCHAR(255)  NOT NULL,
  author_side       VARCHAR(8)    NOT NULL,
  recorded_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
  updated_at        DATETIME(6)   NOT NULL COMMENT 'UTC',
  deleted_at        DATETIME(6)   NULL COMMENT 'UTC; soft delete, the audit log keeps who',
  version           BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_deal_activity_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_deal_activity_kind CHECK (kind IN ('VISIT', 'CALL', 'MEETING', 'DEMO',
    'QUOTATION', 'BID', 'NOTE', 'DEAL_UPDATE')),
  CONSTRAINT ck_deal_activity_visibility CHECK (visibility IN ('SHARED', 'BRAND_INTERNAL')),
  CONSTRAINT ck_deal_activity_side CHECK (author_side IN ('PARTNER', 'BRAND'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the timeline reads one deal newest first, a partner's only the shared rows
CREATE INDEX ix_deal_activity_timeline
  ON deal_activity (registration_id, deleted_at, visibility, occurred_at, id);

-- Files on an activity: the metadata apart from the bytes, so that listing a timeline never reads
-- a blob. A file belongs to one activity and inherits its visibility.
CREATE TABLE deal_attachment (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  activity_id     BIGINT        NOT NULL,
  file_name       VARCHAR(200)  NOT NULL COMMENT 'sanitized',
  content_type    VARCHAR(100)  NOT NULL COMMENT 'as detected from the content',
  size_bytes      BIGINT        NOT NULL,
  sha256          CHAR(64)      NOT NULL COMMENT 'hex',
  uploaded_by     VARCHAR(255)  NOT NULL,
  uploaded_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT fk_deal_attachment_activity FOREIGN KEY (activity_id) REFERENCES deal_activity (id),
  CONSTRAINT ck_deal_attachment_size CHECK (size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_deal_attachment_activity ON deal_attachment (activity_id);

CREATE TABLE deal_attachment_content (
  attachment_id BIGINT   NOT NULL,
  content       LONGBLOB NOT NULL,
  PRIMARY KEY (attachment_id),
  CONSTRAINT fk_deal_attachment_content FOREIGN KEY (attachment_id)
    REFERENCES deal_attachment (id)
) ENGINE = InnoDB;

-- Kept apart from deal_registration so that logging an activity does not raise the registration's
-- version (which would make every open registration form stale). inactive_notified_at marks the
-- stretch of inactivity the channel manager was told about; a new activity clears it.
CREATE TABLE deal_follow_up (
  registration_id      BIGINT      NOT NULL,
  last_activity_at     DATETIME(6) NOT NULL COMMENT 'UTC, latest occurred_at of a shared activity',
  inactive_notified_at DATETIME(6) NULL COMMENT 'UTC',
  PRIMARY KEY (registration_id),
  CONSTRAINT fk_deal_follow_up_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id)
) ENGINE = InnoDB;

CREATE INDEX ix_deal_follow_up_last_activity ON deal_follow_up (last_activity_at);
