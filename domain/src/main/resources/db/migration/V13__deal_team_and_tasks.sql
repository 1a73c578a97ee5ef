-- Issue 6: the deal team, tasks across both companies, task comments and task reminders.

-- Who works on a deal, from either side. Rows name people by username (the token's
-- preferred_username), like the registration's submitted_by; Keycloak keeps who they are.
CREATE TABLE deal_team_member (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  registration_id BIGINT       NOT NULL,
  username        VARCHAR(255) NOT NULL,
  deal_role       VARCHAR(32)  NOT NULL,
  added_by        VARCHAR(255) NOT NULL,
  added_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT uk_deal_team_member UNIQUE (registration_id, username),
  CONSTRAINT fk_deal_team_member_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_deal_team_member_role
    CHECK (deal_role IN ('PARTNER_REP', 'CHANNEL_MANAGER', 'PRESALES', 'DIRECT_REP'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task on a deal, always seen by both sides. partner_company_id is copied from the registration
-- so that "my tasks" and its tenant filter need no join.
CREATE TABLE deal_task (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  registration_id    BIGINT        NOT NULL,
  partner_company_id BIGINT        NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  description        VARCHAR(2000) NULL,
  assignee           VARCHAR(255)  NOT NULL,
  due_date           DATE          NOT NULL COMMENT 'a calendar day, read in the viewer''s zone',
  status             VARCHAR(16)   NOT NULL,
  created_by         VARCHAR(255)  NOT NULL,
  created_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
  updated_at         DATETIME(6)   NOT NULL COMMENT 'UTC',
  version            BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_deal_task_registration FOREIGN KEY (registration_id)
    REFERENCES deal_registration (id),
  CONSTRAINT ck_deal_task_status CHECK (status IN ('OPEN', 'DONE', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_deal_task_registration ON deal_task (registration_id, due_date, id);
-- "my tasks" and the reminder job: open tasks by assignee and due day
CREATE INDEX ix_deal_task_assignee ON deal_task (assignee, status, due_date);
CREATE INDEX ix_deal_task_due ON deal_task (status, due_date);

CREATE TABLE deal_task_comment (
  id         BIGINT        NOT NULL AUTO_INCREMENT,
  task_id    BIGINT        NOT NULL,
  author     VARCHAR(255)  NOT NULL,
  body       VARCHAR(2000) NOT NULL,
  created_at DATETIME(6)   NOT NULL COMMENT 'UTC',
  PRIMARY KEY (id),
  CONSTRAINT fk_deal_task_comment_task FOREIGN KEY (task_id) REFERENCES deal_task (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_deal_task_comment_task ON deal_task_comment (task_id, id);

-- A reminder told, once per task, kind and due day: moving the due day makes them due again.
CREATE TABLE deal_task_reminder (
  task_id  BIGINT      NOT NULL,
  kind     VARCHAR(16) NOT NULL,
  due_date DATE        NOT NULL,
  sent_at  DATETIME(6) NOT NULL COMMENT 'UTC',
  PRIMARY KEY (task_id, kind, due_date),
  CONSTRAINT fk_deal_task_reminder_task FOREIGN KEY (task_id) REFERENCES deal_task (id),
  CONSTRAINT ck_deal_task_reminder_kind CHECK (kind IN ('DUE_SOON', 'OVERDUE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
