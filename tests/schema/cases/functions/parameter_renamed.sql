-- an input parameter is renamed (CREATE OR REPLACE cannot: drop and create)
-- [a]
CREATE FUNCTION scale(x numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT x * 2 $$;
-- [b]
CREATE FUNCTION scale(factor numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT factor * 2 $$;
