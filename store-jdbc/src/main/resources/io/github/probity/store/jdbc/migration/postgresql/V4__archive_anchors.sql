-- Probity store, schema version 4 (PostgreSQL): archive anchors kept apart from the chains.
-- See docs/store.md, table by table.

-- Anchors taken of archive chains (the head's sequence and hash, optionally signed), so that a
-- chain cut short or rewritten and resealed whole is found. Append-only; grant the account that
-- writes archive revisions no UPDATE or DELETE here either.
CREATE TABLE probity_archive_anchor (
  unit_code     VARCHAR(64)  NOT NULL,
  archive_year  INTEGER      NOT NULL,
  post_id       VARCHAR(128) NOT NULL,
  sequence      INTEGER      NOT NULL,
  hash          CHAR(64)     NOT NULL,
  signature_algorithm VARCHAR(32),
  signature     VARCHAR(1024),
  kept_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (unit_code, archive_year, post_id, sequence)
);

CREATE TRIGGER probity_archive_anchor_append_only
  BEFORE UPDATE OR DELETE ON probity_archive_anchor
  FOR EACH ROW EXECUTE PROCEDURE probity_refuse_change();
CREATE TRIGGER probity_archive_anchor_no_truncate
  BEFORE TRUNCATE ON probity_archive_anchor
  FOR EACH STATEMENT EXECUTE PROCEDURE probity_refuse_change();
