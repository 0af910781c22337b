-- a function created and used by a column default
-- [a]
CREATE TABLE t (id integer, code text);
-- [b]
CREATE FUNCTION make_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;
CREATE TABLE t (id integer, code text DEFAULT make_code());
