-- a custom aggregate over a new state function
-- [a]
-- [b]
CREATE FUNCTION concat_state(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc || ',', '') || x $$;
CREATE AGGREGATE concat_all(text) (SFUNC = concat_state, STYPE = text);
