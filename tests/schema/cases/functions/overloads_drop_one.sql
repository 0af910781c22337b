-- one overload dropped, the other changed
-- [a]
CREATE FUNCTION norm(x integer) RETURNS integer LANGUAGE sql AS $$ SELECT abs(x) $$;
CREATE FUNCTION norm(x numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT abs(x) $$;
-- [b]
CREATE FUNCTION norm(x numeric) RETURNS numeric LANGUAGE sql AS $$ SELECT round(abs(x), 2) $$;
