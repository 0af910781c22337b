-- OUT and INOUT parameters, and VARIADIC
-- [a]
-- [b]
CREATE FUNCTION min_max(VARIADIC xs integer[], OUT lo integer, OUT hi integer) LANGUAGE sql AS $$ SELECT min(x), max(x) FROM unnest(xs) x $$;
CREATE FUNCTION bump(INOUT counter integer, step integer DEFAULT 1) LANGUAGE sql AS $$ SELECT counter + step $$;
