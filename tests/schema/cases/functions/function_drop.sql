-- one of two functions dropped
-- [a]
CREATE FUNCTION keep_me() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION drop_me(text) RETURNS text LANGUAGE sql AS $$ SELECT $1 $$;
-- [b]
CREATE FUNCTION keep_me() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
