-- Issue 5: notifications in the portal and by e-mail.

-- Something happened that people must hear of, written in the transaction of the change (so it
-- is never lost and never told when that change rolls back). Turning it into one notification per
-- recipient needs the identity provider, which must not hold up or roll back the change: that
-- happens after commit, and again by a timer while dispatched_at is empty.
CREATE TABLE notification_dispatch (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  kind               VARCHAR(32)   NOT NULL,
  registration_id    BIGINT        NOT NULL,
  partner_company_id BIGINT        NOT NULL,
  actor              VARCHAR(255)  NOT NULL,
  facts              TEXT          NOT NULL COMMENT 'JSON: who is involved and what recipients may read',
  created_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
  dispatched_at      DATETIME(6)   NULL COMMENT 'UTC',
  attempts           INT           NOT NULL DEFAULT 0,
  last_error         VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_notification_dispatch_facts CHECK (JSON_VALID(facts))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_notification_dispatch_pending ON notification_dispatch (dispatched_at, id);

-- One notification for one person (the token subject). params holds what the texts need, already
-- cut to what this recipient may read: a partner's never names another partner.
CREATE TABLE notification (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  dispatch_id        BIGINT        NOT NULL,
  recipient_subject  VARCHAR(64)   NOT NULL,
  recipient_username VARCHAR(255)  NOT NULL,
  audience           VARCHAR(16)   NOT NULL,
  kind               VARCHAR(32)   NOT NULL,
  subject_type       VARCHAR(32)   NOT NULL,
  subject_id         BIGINT        NOT NULL,
  params             TEXT          NOT NULL COMMENT 'JSON object of strings',
  created_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
  read_at            DATETIME(6)   NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT uk_notification_dispatch_recipient UNIQUE (dispatch_id, recipient_subject),
  CONSTRAINT fk_notification_dispatch FOREIGN KEY (dispatch_id) REFERENCES notification_dispatch (id),
  CONSTRAINT ck_notification_audience CHECK (audience IN ('PARTNER', 'BRAND')),
  CONSTRAINT ck_notification_params CHECK (JSON_VALID(params))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- a person's list, newest first, and the unread count of the bell
CREATE INDEX ix_notification_recipient ON notification (recipient_subject, created_at, id);
CREATE INDEX ix_notification_unread ON notification (recipient_subject, read_at);

-- A person who does not want e-mail for a kind; the portal notification is kept regardless.
CREATE TABLE notification_email_opt_out (
  subject    VARCHAR(64) NOT NULL,
  kind       VARCHAR(32) NOT NULL,
  created_at DATETIME(6) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (subject, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
