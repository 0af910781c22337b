-- a schema with a function and a type is dropped; public stays
-- [a]
CREATE SCHEMA util;
CREATE TYPE util.mood AS ENUM ('sad', 'ok', 'happy');
CREATE FUNCTION util.twice(i integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT i * 2 $$;
CREATE TABLE public.t (id integer);
-- [b]
CREATE TABLE public.t (id integer);
