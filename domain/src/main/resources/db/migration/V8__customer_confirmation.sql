-- Customer confirmations (issue 5, item 8): a partner asks the customer's contact by e-mail to
-- confirm that it works with them on a registered deal. The link's token is never stored, only its
-- SHA-256 (token_hash), so a copy of this table cannot answer for anyone. The answer, its time and
-- the answering client's address are kept as dispute evidence; the audit trail records the same.
CREATE TABLE customer_confirmation (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  registration_id    BIGINT        NOT NULL,
  partner_company_id BIGINT        NOT NULL,
  organization_alias VARCHAR(64)   NOT NULL,
  contact_name       VARCHAR(100)  NULL,
  contact_email      VARCHAR(254)  NOT NULL,
  language           VARCHAR(8)    NOT NULL COMMENT 'zh-CN or en: of the e-mail and the page',
  token_hash         CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'hex SHA-256 of the link token',
  requested_by       VARCHAR(255)  NOT NULL,
  requested_at       DATETIME(6)   NOT NULL COMMENT 'UTC',
  expires_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
  answer             VARCHAR(16)   NULL COMMENT 'CONFIRMED or DENIED; null while open',
  answer_comment     VARCHAR(1000) NULL,
  answered_at        DATETIME(6)   NULL COMMENT 'UTC',
  client_address     VARCHAR(64)   NULL COMMENT 'address the answer came from',
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_customer_confirmation_token UNIQUE (token_hash),
  CONSTRAINT fk_customer_confirmation_registration
    FOREIGN KEY (registration_id) REFERENCES deal_registration (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_customer_confirmation_registration ON customer_confirmation (registration_id, id);
CREATE INDEX ix_customer_confirmation_partner ON customer_confirmation (partner_company_id, requested_at);
