-- a function switches from SQL to PL/pgSQL
-- [a]
CREATE FUNCTION double_it(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x * 2 $$;
-- [b]
CREATE FUNCTION double_it(x integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN x * 2; END $$;
