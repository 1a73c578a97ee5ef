-- Issue 5: a notification e-mail that the SMTP server refused or could not take is retried with
-- growing pauses instead of being lost. Written in the transaction that makes the notifications,
-- sent after it commits; a row is locked while it is sent, so two servers never send it twice.
CREATE TABLE mail_outbox (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  dispatch_id     BIGINT       NOT NULL,
  recipient       VARCHAR(320) NOT NULL,
  subject         VARCHAR(998) NOT NULL,
  text_body       MEDIUMTEXT   NOT NULL,
  html_body       MEDIUMTEXT   NULL,
  created_at      DATETIME(6)  NOT NULL COMMENT 'UTC',
  next_attempt_at DATETIME(6)  NULL COMMENT 'UTC; null once sent or given up',
  attempts        INT          NOT NULL DEFAULT 0,
  sent_at         DATETIME(6)  NULL COMMENT 'UTC',
  last_error      VARCHAR(500) NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_mail_outbox_dispatch FOREIGN KEY (dispatch_id) REFERENCES notification_dispatch (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_mail_outbox_due ON mail_outbox (next_attempt_at, id);
