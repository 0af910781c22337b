-- an overload of an existing function added
-- [a]
CREATE FUNCTION describe(i integer) RETURNS text LANGUAGE sql AS $$ SELECT 'int ' || i $$;
-- [b]
CREATE FUNCTION describe(i integer) RETURNS text LANGUAGE sql AS $$ SELECT 'int ' || i $$;
CREATE FUNCTION describe(t text) RETURNS text LANGUAGE sql AS $$ SELECT 'text ' || t $$;
CREATE FUNCTION describe(i integer, j integer) RETURNS text LANGUAGE sql AS $$ SELECT 'two ints' $$;
