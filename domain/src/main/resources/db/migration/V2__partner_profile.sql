-- The distributor's profile as the brand keeps it: identity (USCC), programme (tier, status,
-- assigned channel manager) and the contact the brand talks to.
ALTER TABLE partner_company
  ADD COLUMN keycloak_org_id VARCHAR(64)  NULL,
  ADD COLUMN uscc            CHAR(18)     NULL,
  ADD COLUMN region          VARCHAR(64)  NULL,
  ADD COLUMN tier            VARCHAR(16)  NOT NULL DEFAULT 'REGISTERED',
  ADD COLUMN status          VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN channel_manager VARCHAR(64)  NULL COMMENT 'username of the assigned channel manager',
  ADD COLUMN contact_name    VARCHAR(100) NULL,
  ADD COLUMN contact_phone   VARCHAR(32)  NULL,
  ADD COLUMN contact_email   VARCHAR(254) NULL,
  ADD COLUMN updated_at      DATETIME(6)  NULL COMMENT 'UTC',
  ADD CONSTRAINT uk_partner_company_uscc UNIQUE (uscc),
  ADD CONSTRAINT ck_partner_company_tier CHECK (tier IN ('REGISTERED', 'SILVER', 'GOLD', 'PLATINUM')),
  ADD CONSTRAINT ck_partner_company_status CHECK (status IN ('APPLIED', 'ACTIVE', 'SUSPENDED', 'REJECTED'));

CREATE INDEX ix_partner_company_channel_manager ON partner_company (channel_manager);
CREATE INDEX ix_partner_company_name ON partner_company (name);
