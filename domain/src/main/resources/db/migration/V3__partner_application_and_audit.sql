-- The audit trail: insert-only, hash-chained (see AuditChain for the hashed encoding). Text is kept
-- byte-exact (utf8mb4_bin, details as TEXT rather than JSON, which would be re-serialized), because
-- verification hashes what it reads back. prev_hash is unique: no two entries follow the same one.
CREATE TABLE audit_entry (
  id                 BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at        DATETIME(6)  NOT NULL COMMENT 'UTC',
  actor              VARCHAR(255) NOT NULL COMMENT 'username, or anonymous / system',
  actor_organization VARCHAR(64)  NULL,
  action             VARCHAR(64)  NOT NULL COMMENT 'e.g. application.submitted',
  subject_type       VARCHAR(64)  NOT NULL,
  subject_id         VARCHAR(64)  NOT NULL,
  details            TEXT         NOT NULL COMMENT 'JSON object, small',
  prev_hash          CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  hash               CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'hex SHA-256',
  PRIMARY KEY (id),
  CONSTRAINT uk_audit_entry_hash UNIQUE (hash),
  CONSTRAINT uk_audit_entry_prev_hash UNIQUE (prev_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_audit_entry_subject ON audit_entry (subject_type, subject_id);
CREATE INDEX ix_audit_entry_occurred_at ON audit_entry (occurred_at);

-- The chain's newest hash in a single row. Appending locks it (SELECT ... FOR UPDATE) until the
-- appending transaction ends, which serializes appends across threads and server nodes.
CREATE TABLE audit_chain_head (
  id            INT      NOT NULL,
  last_hash     CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  last_entry_id BIGINT   NULL,
  PRIMARY KEY (id),
  CONSTRAINT ck_audit_chain_head_single CHECK (id = 1)
) ENGINE = InnoDB;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
