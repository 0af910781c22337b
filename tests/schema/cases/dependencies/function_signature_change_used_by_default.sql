-- a function used by a default changes its return type
-- [a]
CREATE FUNCTION next_code() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TABLE t (code integer DEFAULT next_code());
-- [b]
CREATE FUNCTION next_code() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$;
CREATE TABLE t (code integer DEFAULT next_code());
