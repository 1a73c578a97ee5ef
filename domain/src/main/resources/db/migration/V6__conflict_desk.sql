-- Issue 5, the conflict desk: rulings on claims under review (approve, reject with a reason code,
-- share, return for information), held claims, one appeal per rejection, and the time a claim has
-- waited for the brand, which the service level is measured from.

-- The new states are longer than the old columns: INFORMATION_REQUESTED has 21 characters.
ALTER TABLE deal_registration DROP CONSTRAINT ck_deal_registration_status;
ALTER TABLE deal_registration MODIFY status VARCHAR(24) NOT NULL DEFAULT 'DRAFT';
ALTER TABLE deal_registration ADD CONSTRAINT ck_deal_registration_status CHECK (status IN ('DRAFT',
  'SUBMITTED', 'UNDER_REVIEW', 'ON_HOLD', 'INFORMATION_REQUESTED', 'APPROVED', 'REJECTED',
  'APPEALED', 'WITHDRAWN', 'EXPIRED', 'WON', 'LOST'));

ALTER TABLE deal_registration
  ADD COLUMN shared        BOOLEAN     NOT NULL DEFAULT FALSE
    COMMENT 'approved as shared with another partner''s claim by a ruling',
  ADD COLUMN waiting_since DATETIME(6) NULL
    COMMENT 'UTC, since when it waits for the brand (under review or appealed)',
  ADD COLUMN appealed_at   DATETIME(6) NULL COMMENT 'UTC; a rejection is appealed once';

-- claims waiting before this migration have waited since their last change
UPDATE deal_registration SET waiting_since = updated_at WHERE status IN ('UNDER_REVIEW', 'APPEALED');

ALTER TABLE deal_registration ADD CONSTRAINT ck_deal_registration_shared
  CHECK (NOT shared OR status IN ('APPROVED', 'EXPIRED', 'WON', 'LOST', 'WITHDRAWN'));
ALTER TABLE deal_registration ADD CONSTRAINT ck_deal_registration_waiting
  CHECK ((status IN ('UNDER_REVIEW', 'APPEALED')) = (waiting_since IS NOT NULL));

-- the queue: what waits, oldest first
CREATE INDEX ix_deal_registration_waiting ON deal_registration (status, waiting_since);

ALTER TABLE registration_status_change DROP CONSTRAINT ck_registration_status_change_from;
ALTER TABLE registration_status_change DROP CONSTRAINT ck_registration_status_change_to;
ALTER TABLE registration_status_change MODIFY from_status VARCHAR(24) NULL
  COMMENT 'NULL when the draft was created';
ALTER TABLE registration_status_change MODIFY to_status VARCHAR(24) NOT NULL;
ALTER TABLE registration_status_change ADD CONSTRAINT ck_registration_status_change_from
  CHECK (from_status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ON_HOLD', 'INFORMATION_REQUESTED',
    'APPROVED', 'REJECTED', 'APPEALED', 'WITHDRAWN', 'EXPIRED', 'WON', 'LOST'));
ALTER TABLE registration_status_change ADD CONSTRAINT ck_registration_status_change_to
  CHECK (to_status IN ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ON_HOLD', 'INFORMATION_REQUESTED',
    'APPROVED', 'REJECTED', 'APPEALED', 'WITHDRAWN', 'EXPIRED', 'WON', 'LOST'));

-- Every decision the desk made on a registration, and its consequences for other claims, in the
-- order made. The rationale is written for the registration's partner, who reads it; a claim held
-- or shared because of another ruling names that ruling (caused_by), never the other registration,
-- so what a partner reads never points at another partner. decided_by is a username.
CREATE TABLE registration_ruling (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  registration_id BIGINT        NOT NULL,
  kind            VARCHAR(24)   NOT NULL,
  reason_code     VARCHAR(24)   NULL COMMENT 'why it was rejected',
  other_reason    VARCHAR(200)  NULL COMMENT 'the reason in words when reason_code is OTHER',
  rationale       VARCHAR(2000) NULL COMMENT 'written for the partner; NULL for a consequence',
  caused_by       BIGINT        NULL COMMENT 'the ruling on another claim that caused this one',
  decided_by      VARCHAR(255)  NOT NULL,
  decided_at      DATETIME(6)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT fk_registration_ruling_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT fk_registration_ruling_cause FOREIGN KEY (caused_by) REFERENCES registration_ruling (id),
  CONSTRAINT ck_registration_ruling_kind CHECK (kind IN ('APPROVED', 'REJECTED', 'SHARED',
    'PUT_ON_HOLD', 'INFORMATION_REQUESTED', 'APPEALED', 'APPEAL_UPHELD', 'APPEAL_OVERTURNED')),
  CONSTRAINT ck_registration_ruling_reason CHECK ((kind = 'REJECTED') = (reason_code IS NOT NULL)),
  CONSTRAINT ck_registration_ruling_reason_code CHECK (reason_code IN ('DUPLICATE',
    'DIRECT_SALES_EARLIER', 'EXISTING_CUSTOMER', 'INCOMPLETE', 'OUT_OF_TERRITORY', 'PUBLIC_TENDER',
    'OTHER')),
  CONSTRAINT ck_registration_ruling_other CHECK ((reason_code = 'OTHER') = (other_reason IS NOT NULL)
    OR (reason_code IS NULL AND other_reason IS NULL)),
  CONSTRAINT ck_registration_ruling_rationale CHECK (rationale IS NOT NULL OR caused_by IS NOT NULL)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_registration_ruling_registration ON registration_ruling (registration_id, id);
