-- volatility changes, and STRICT becomes CALLED ON NULL INPUT
-- [a]
CREATE FUNCTION f1(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT x + 1 $$;
CREATE FUNCTION f2(x integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT x + 2 $$;
-- [b]
CREATE FUNCTION f1(x integer) RETURNS integer LANGUAGE sql STABLE STRICT AS $$ SELECT x + 1 $$;
CREATE FUNCTION f2(x integer) RETURNS integer LANGUAGE sql VOLATILE CALLED ON NULL INPUT AS $$ SELECT x + 2 $$;
