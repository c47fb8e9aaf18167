-- Probity store, schema version 2 (MySQL 8): collective decisions, review records, warnings and
-- disposition cases as append-only event tables. See docs/store.md, table by table.

-- Each level decision (集体研究确定) first seen in a ledger revision, or changed in it.
CREATE TABLE probity_level_decision (
  unit_code         VARCHAR(64)   NOT NULL,
  ledger_year       INTEGER       NOT NULL,
  revision          INTEGER       NOT NULL,
  point_id          VARCHAR(128)  NOT NULL,
  meeting_reference VARCHAR(200)  NOT NULL,
  decided_on        DATE          NOT NULL,
  proposed_level    VARCHAR(16)   NOT NULL,
  decided_level     VARCHAR(16)   NOT NULL,
  rationale         LONGTEXT,
  PRIMARY KEY (unit_code, ledger_year, revision, point_id),
  FOREIGN KEY (unit_code, ledger_year, revision)
    REFERENCES probity_ledger_revision (unit_code, ledger_year, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX probity_level_decision_point
  ON probity_level_decision (unit_code, ledger_year, point_id);

-- The review trail of each measure (起草, 公示, 审核, 备案, 退回 …), one row per step.
CREATE TABLE probity_review_step (
  unit_code         VARCHAR(64)   NOT NULL,
  review_year       INTEGER       NOT NULL,
  measure_id        VARCHAR(128)  NOT NULL,
  step_no           INTEGER       NOT NULL,
  point_id          VARCHAR(128)  NOT NULL,
  owner_scope       VARCHAR(32)   NOT NULL,
  owner_id          VARCHAR(128)  NOT NULL,
  action            VARCHAR(16)   NOT NULL,
  from_state        VARCHAR(16),
  to_state          VARCHAR(16)   NOT NULL,
  actor             VARCHAR(200)  NOT NULL,
  step_at           DATETIME(6) NOT NULL,
  step_at_exact     VARCHAR(40)   NOT NULL,
  opinion           LONGTEXT,
  reasons           LONGTEXT,
  publicity_start   DATE,
  publicity_end     DATE,
  publicity_range   VARCHAR(200),
  PRIMARY KEY (unit_code, review_year, measure_id, step_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Warning policies, stored once each under the SHA-256 of their document.
CREATE TABLE probity_warning_policy (
  policy_sha256 CHAR(64) NOT NULL,
  document      JSON     NOT NULL,
  PRIMARY KEY (policy_sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A case book: its system actor and the policy that applies to cases it opens.
CREATE TABLE probity_case_book (
  book_id       VARCHAR(128) NOT NULL,
  system_actor  VARCHAR(200) NOT NULL,
  policy_sha256 CHAR(64)     NOT NULL,
  updated_at    DATETIME(6) NOT NULL,
  PRIMARY KEY (book_id),
  FOREIGN KEY (policy_sha256) REFERENCES probity_warning_policy (policy_sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- A disposition case: the warning it handles (with its signals) and its policy.
CREATE TABLE probity_case (
  book_id       VARCHAR(128) NOT NULL,
  case_id       VARCHAR(200) NOT NULL,
  warning_id    VARCHAR(200) NOT NULL,
  warning       JSON         NOT NULL,
  policy_sha256 CHAR(64)     NOT NULL,
  PRIMARY KEY (book_id, case_id),
  FOREIGN KEY (policy_sha256) REFERENCES probity_warning_policy (policy_sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each case's recorded history: the events the case is rebuilt from.
CREATE TABLE probity_case_event (
  book_id        VARCHAR(128)  NOT NULL,
  case_id        VARCHAR(200)  NOT NULL,
  event_no       INTEGER       NOT NULL,
  action         VARCHAR(16)   NOT NULL,
  from_state     VARCHAR(16)   NOT NULL,
  to_state       VARCHAR(16)   NOT NULL,
  actor          VARCHAR(200)  NOT NULL,
  event_at       DATETIME(6) NOT NULL,
  event_at_exact VARCHAR(40)   NOT NULL,
  note           LONGTEXT      NOT NULL,
  PRIMARY KEY (book_id, case_id, event_no),
  FOREIGN KEY (book_id, case_id) REFERENCES probity_case (book_id, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

-- Each case's current state, for screens: kept up to date with its events (not append-only).
CREATE TABLE probity_case_head (
  book_id     VARCHAR(128) NOT NULL,
  case_id     VARCHAR(200) NOT NULL,
  state       VARCHAR(16)  NOT NULL,
  warning_level VARCHAR(16) NOT NULL,
  is_open     BOOLEAN      NOT NULL,
  due_at      DATETIME(6),
  event_count INTEGER      NOT NULL,
  PRIMARY KEY (book_id, case_id),
  FOREIGN KEY (book_id, case_id) REFERENCES probity_case (book_id, case_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
CREATE INDEX probity_case_head_due ON probity_case_head (book_id, is_open, due_at);

CREATE TRIGGER probity_level_decision_append_only_u BEFORE UPDATE ON probity_level_decision
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_level_decision is append-only';
CREATE TRIGGER probity_level_decision_append_only_d BEFORE DELETE ON probity_level_decision
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_level_decision is append-only';
CREATE TRIGGER probity_review_step_append_only_u BEFORE UPDATE ON probity_review_step
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_review_step is append-only';
CREATE TRIGGER probity_review_step_append_only_d BEFORE DELETE ON probity_review_step
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_review_step is append-only';
CREATE TRIGGER probity_warning_policy_append_only_u BEFORE UPDATE ON probity_warning_policy
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_warning_policy is append-only';
CREATE TRIGGER probity_warning_policy_append_only_d BEFORE DELETE ON probity_warning_policy
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_warning_policy is append-only';
CREATE TRIGGER probity_case_append_only_u BEFORE UPDATE ON probity_case
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_case is append-only';
CREATE TRIGGER probity_case_append_only_d BEFORE DELETE ON probity_case
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_case is append-only';
CREATE TRIGGER probity_case_event_append_only_u BEFORE UPDATE ON probity_case_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_case_event is append-only';
CREATE TRIGGER probity_case_event_append_only_d BEFORE DELETE ON probity_case_event
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_case_event is append-only';
