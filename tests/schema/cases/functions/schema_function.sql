-- functions in another schema, with the same name as one in public
-- [a]
CREATE FUNCTION now_utc() RETURNS timestamp LANGUAGE sql AS $$ SELECT now() AT TIME ZONE 'UTC' $$;
-- [b]
CREATE SCHEMA util;
CREATE FUNCTION now_utc() RETURNS timestamp LANGUAGE sql AS $$ SELECT now() AT TIME ZONE 'UTC' $$;
CREATE FUNCTION util.now_utc() RETURNS timestamp LANGUAGE sql STABLE AS $$ SELECT now() AT TIME ZONE 'UTC' $$;
