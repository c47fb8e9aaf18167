-- Probity store, schema version 4 (MySQL 8): archive anchors kept apart from the chains.
-- See docs/store.md, table by table.

CREATE TABLE probity_archive_anchor (
  unit_code     VARCHAR(64)  NOT NULL,
  archive_year  INTEGER      NOT NULL,
  post_id       VARCHAR(128) NOT NULL,
  sequence      INTEGER      NOT NULL,
  hash          CHAR(64)     NOT NULL,
  signature_algorithm VARCHAR(32),
  signature     VARCHAR(1024),
  kept_at       DATETIME(6) NOT NULL,
  PRIMARY KEY (unit_code, archive_year, post_id, sequence)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TRIGGER probity_archive_anchor_append_only_u BEFORE UPDATE ON probity_archive_anchor
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_archive_anchor is append-only';
CREATE TRIGGER probity_archive_anchor_append_only_d BEFORE DELETE ON probity_archive_anchor
  FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: probity_archive_anchor is append-only';
