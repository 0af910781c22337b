-- a parameter default is removed (CREATE OR REPLACE cannot: drop and create)
-- [a]
CREATE FUNCTION page(n integer DEFAULT 10) RETURNS integer LANGUAGE sql AS $$ SELECT n $$;
-- [b]
CREATE FUNCTION page(n integer) RETURNS integer LANGUAGE sql AS $$ SELECT n $$;
