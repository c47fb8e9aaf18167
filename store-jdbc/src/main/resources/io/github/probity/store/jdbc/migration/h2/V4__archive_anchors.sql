-- Probity store, schema version 4 (H2): archive anchors kept apart from the chains.
-- See docs/store.md, table by table.

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

CREATE TRIGGER probity_archive_anchor_append_only BEFORE UPDATE, DELETE ON probity_archive_anchor
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
