-- A ledger revision's changes include recorded meetings, keyed by their reference (up to 200
-- characters, where other entities' ids are up to 64).
ALTER TABLE probity_ledger_change MODIFY entity_id VARCHAR(200) NOT NULL;
