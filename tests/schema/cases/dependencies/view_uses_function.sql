-- a view calls a function whose body changes and a second function that is new
-- [a]
CREATE FUNCTION fmt(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT x::text $$;
CREATE TABLE t (x numeric);
CREATE VIEW v AS SELECT fmt(x) AS s FROM t;
-- [b]
CREATE FUNCTION fmt(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT to_char(x, 'FM999990.00') $$;
CREATE FUNCTION fmt2(x numeric) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT round(x)::text $$;
CREATE TABLE t (x numeric);
CREATE VIEW v AS SELECT fmt(x) AS s, fmt2(x) AS s2 FROM t;
