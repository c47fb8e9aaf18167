-- Probity store, schema version 3 (H2): the journal a monitor is restored from.
-- See docs/store.md, table by table.

-- Every call made to a journaled monitor, in order, with the monitor's clock at the time.
CREATE TABLE probity_monitor_event (
  monitor_id   VARCHAR(128) NOT NULL,
  event_no     BIGINT       NOT NULL,
  kind         VARCHAR(16)  NOT NULL,
  clock_exact  VARCHAR(40)  NOT NULL,
  signal_document CLOB,
  PRIMARY KEY (monitor_id, event_no)
);

-- Every warning the monitor delivered, by id.
CREATE TABLE probity_monitor_warning (
  monitor_id VARCHAR(128) NOT NULL,
  warning_id VARCHAR(200) NOT NULL,
  event_no   BIGINT       NOT NULL,
  PRIMARY KEY (monitor_id, warning_id)
);

CREATE TRIGGER probity_monitor_event_append_only BEFORE UPDATE, DELETE ON probity_monitor_event
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
CREATE TRIGGER probity_monitor_warning_append_only BEFORE UPDATE, DELETE ON probity_monitor_warning
  FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger';
