-- a composite type returned by a function gains an attribute
-- [a]
CREATE TYPE result AS (ok boolean, msg text);
CREATE FUNCTION check_all() RETURNS result LANGUAGE sql AS $$ SELECT true, 'fine' $$;
-- [b]
CREATE TYPE result AS (ok boolean, msg text, code integer);
CREATE FUNCTION check_all() RETURNS result LANGUAGE sql AS $$ SELECT true, 'fine', 0 $$;
