-- Probity store, schema version 1 (H2 2.x, embedded or file).
-- Ledger revisions per unit and year, their risk points, measures, posts and differences, and the
-- append-only archive revisions per post and year. See docs/store.md, table by table.

-- One row per unit and year: the current revision, the optimistic-concurrency guard.
CREATE TABLE probity_ledger (
  unit_code        VARCHAR(64)  NOT NULL,
  ledger_year      INTEGER      NOT NULL,
  unit_name        VARCHAR(200) NOT NULL,
  current_revision INTEGER      NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (unit_code, ledger_year)
);

-- Every saved revision: the whole ledger as io-json's canonical document.
CREATE TABLE probity_ledger_revision (
  unit_code       VARCHAR(64)  NOT NULL,
  ledger_year     INTEGER      NOT NULL,
  revision        INTEGER      NOT NULL,
  document        CLOB         NOT NULL,
  document_sha256 CHAR(64)     NOT NULL,
  saved_by        VARCHAR(200) NOT NULL,
  saved_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  point_count     INTEGER      NOT NULL,
  change_count    INTEGER      NOT NULL,
  PRIMARY KEY (unit_code, ledger_year, revision),
  FOREIGN KEY (unit_code, ledger_year) REFERENCES probity_ledger (unit_code, ledger_year)
);

-- The risk points of each revision, one row each, for queries.
CREATE TABLE probity_risk_point (
  unit_code       VARCHAR(64)   NOT NULL,
  ledger_year     INTEGER       NOT NULL,
  revision        INTEGER       NOT NULL,
  point_id        VARCHAR(128)  NOT NULL,
  point_no        INTEGER       NOT NULL,
  owner_scope     VARCHAR(32)   NOT NULL,
  owner_id        VARCHAR(128)  NOT NULL,
  department_id   VARCHAR(128),
  category        VARCHAR(32)   NOT NULL,
  title           VARCHAR(1000) NOT NULL,
  proposed_level  VARCHAR(16),
  decided_level   VARCHAR(16),
  effective_level VARCHAR(16),
  decided         BOOLEAN       NOT NULL,
  measure_count   INTEGER       NOT NULL,
  PRIMARY KEY (unit_code, ledger_year, revision, point_id),
  FOREIGN KEY (unit_code, ledger_year, revision)
    REFERENCES probity_ledger_revision (unit_code, ledger_year, revision)
);
CREATE INDEX probity_risk_point_department
  ON probity_risk_point (unit_code, ledger_year, revision, department_id, effective_level);
CREATE INDEX probity_risk_point_level
  ON probity_risk_point (unit_code, ledger_year, revision, effective_level, category);
CREATE INDEX probity_risk_point_category
  ON probity_risk_point (unit_code, ledger_year, revision, category);
CREATE INDEX probity_risk_point_undecided
  ON probity_risk_point (unit_code, ledger_year, revision, decided);

-- The measures of each revision, with their deadlines.
CREATE TABLE probity_measure (
  unit_code    VARCHAR(64)  NOT NULL,
  ledger_year  INTEGER      NOT NULL,
  revision     INTEGER      NOT NULL,
  measure_id   VARCHAR(128) NOT NULL,
  point_id     VARCHAR(128) NOT NULL,
  measure_type VARCHAR(32)  NOT NULL,
  deadline     DATE,
  PRIMARY KEY (unit_code, ledger_year, revision, measure_id),
  FOREIGN KEY (unit_code, ledger_year, revision)
    REFERENCES probity_ledger_revision (unit_code, ledger_year, revision)
);
CREATE INDEX probity_measure_deadline
  ON probity_measure (unit_code, ledger_year, revision, deadline);

-- The posts of each revision: what archives are expected for.
CREATE TABLE probity_post (
  unit_code     VARCHAR(64)  NOT NULL,
  ledger_year   INTEGER      NOT NULL,
  revision      INTEGER      NOT NULL,
  post_id       VARCHAR(128) NOT NULL,
  department_id VARCHAR(128) NOT NULL,
  post_name     VARCHAR(200) NOT NULL,
  PRIMARY KEY (unit_code, ledger_year, revision, post_id),
  FOREIGN KEY (unit_code, ledger_year, revision)
    REFERENCES probity_ledger_revision (unit_code, ledger_year, revision)
);

-- Each revision's differences against the previous revision (LedgerDiff), one row per changed
-- field; an added or removed entity has one row without a field.
CREATE TABLE probity_ledger_change (
  unit_code     VARCHAR(64)  NOT NULL,
  ledger_year   INTEGER      NOT NULL,
  revision      INTEGER      NOT NULL,
  change_no     INTEGER      NOT NULL,
  field_no      INTEGER      NOT NULL,
  entity        VARCHAR(32)  NOT NULL,
  entity_id     VARCHAR(128) NOT NULL,
  change_type   VARCHAR(16)  NOT NULL,
  risk_point_id VARCHAR(128),
  field_name    VARCHAR(64),
  before_value  CHARACTER VARYING,
  after_value   CHARACTER VARYING,
  PRIMARY KEY (unit_code, ledger_year, revision, change_no, field_no),
  FOREIGN KEY (unit_code, ledger_year, revision)
    REFERENCES probity_ledger_revision (unit_code, ledger_year, revision)
);

-- Archive revisions (一岗一档), a hash chain per unit, year and post. Append-only.
CREATE TABLE probity_archive_revision (
  unit_code     VARCHAR(64)  NOT NULL,
  archive_year  INTEGER      NOT NULL,
  post_id       VARCHAR(128) NOT NULL,
  sequence      INTEGER      NOT NULL,
  content       CLOB         NOT NULL,
  kinds         VARCHAR(400) NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  actor         VARCHAR(200) NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  recorded_at_exact VARCHAR(40) NOT NULL,
  form_id       VARCHAR(64)  NOT NULL,
  previous_hash CHAR(64)     NOT NULL,
  hash          CHAR(64)     NOT NULL,
  PRIMARY KEY (unit_code, archive_year, post_id, sequence)
);
CREATE INDEX probity_archive_revision_year ON probity_archive_revision (unit_code, archive_year);

-- Stored revisions are never updated or deleted (H2 fires no trigger on TRUNCATE).
CREATE TRIGGER probity_archive_revision_append_only BEFORE UPDATE, DELETE ON probity_archive_revision
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
CREATE TRIGGER probity_ledger_revision_append_only BEFORE UPDATE, DELETE ON probity_ledger_revision
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
CREATE TRIGGER probity_risk_point_append_only BEFORE UPDATE, DELETE ON probity_risk_point
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
CREATE TRIGGER probity_measure_append_only BEFORE UPDATE, DELETE ON probity_measure
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
CREATE TRIGGER probity_post_append_only BEFORE UPDATE, DELETE ON probity_post
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
CREATE TRIGGER probity_ledger_change_append_only BEFORE UPDATE, DELETE ON probity_ledger_change
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
