-- Companies mirror Keycloak organizations; the alias is the tenant key in every token.
CREATE TABLE partner_company (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  organization_alias VARCHAR(64)  NOT NULL,
  name               VARCHAR(200) NOT NULL,
  kind               VARCHAR(16)  NOT NULL,
  created_at         DATETIME(6)  NOT NULL COMMENT 'UTC',
  version            BIGINT       NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_partner_company_alias UNIQUE (organization_alias),
  CONSTRAINT ck_partner_company_kind CHECK (kind IN ('BRAND', 'DISTRIBUTOR'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per person (token subject) who changed a preference.
CREATE TABLE user_setting (
  subject      VARCHAR(64) NOT NULL,
  language_tag VARCHAR(16) NULL,
  time_zone    VARCHAR(64) NOT NULL DEFAULT 'Asia/Shanghai',
  updated_at   DATETIME(6) NOT NULL COMMENT 'UTC',
  version      BIGINT      NOT NULL DEFAULT 0,
  PRIMARY KEY (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
