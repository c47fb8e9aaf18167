-- The application's own table, created by spring.sql.init.
CREATE TABLE oa_document (id BIGINT PRIMARY KEY, title VARCHAR(200));
