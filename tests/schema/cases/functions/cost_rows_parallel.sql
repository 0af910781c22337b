-- COST, ROWS and PARALLEL SAFE change
-- [a]
CREATE FUNCTION gen(n integer) RETURNS SETOF integer LANGUAGE sql AS $$ SELECT generate_series(1, n) $$;
-- [b]
CREATE FUNCTION gen(n integer) RETURNS SETOF integer LANGUAGE sql PARALLEL SAFE COST 5 ROWS 50 AS $$ SELECT generate_series(1, n) $$;
