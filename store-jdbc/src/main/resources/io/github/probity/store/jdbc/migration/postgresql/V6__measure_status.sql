-- A measure's recorded status (MeasureStatus code: PLANNED, IN_PROGRESS, DONE, ABANDONED), so the
-- measures due leave out those done or abandoned. Rows stored before carry PLANNED, as a measure
-- recorded without a status is.
ALTER TABLE probity_measure ADD COLUMN measure_status VARCHAR(16) DEFAULT 'PLANNED' NOT NULL;
