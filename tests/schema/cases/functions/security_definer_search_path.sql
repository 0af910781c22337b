-- SECURITY DEFINER with SET search_path added
-- [a]
CREATE FUNCTION privileged() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
-- [b]
CREATE FUNCTION privileged() RETURNS integer LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$ SELECT 1 $$;
