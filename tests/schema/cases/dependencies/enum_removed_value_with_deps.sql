-- a value removed from an enum that a view, a function and a default use
-- [a]
CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id integer, v e DEFAULT 'a');
CREATE VIEW tv AS SELECT id, v FROM t;
CREATE FUNCTION is_a(x e) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'a' $$;
-- [b]
CREATE TYPE e AS ENUM ('a', 'c');
CREATE TABLE t (id integer, v e DEFAULT 'a');
CREATE VIEW tv AS SELECT id, v FROM t;
CREATE FUNCTION is_a(x e) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT x = 'a' $$;
