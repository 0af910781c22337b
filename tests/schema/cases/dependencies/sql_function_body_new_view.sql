-- a SQL function reading a new view over a new column
-- [a]
CREATE TABLE logs (id integer, msg text);
-- [b]
CREATE TABLE logs (id integer, msg text, level text);
CREATE VIEW z_errors AS SELECT id, msg FROM logs WHERE level = 'ERROR';
CREATE FUNCTION a_error_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM z_errors $$;
