-- comments on a function overload and a procedure
-- [a]
CREATE FUNCTION f(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
-- [b]
CREATE FUNCTION f(integer) RETURNS integer LANGUAGE sql AS $$ SELECT $1 $$;
CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON FUNCTION f(text) IS 'the text overload';
COMMENT ON PROCEDURE p() IS 'a procedure';
