-- a domain used by a function signature and a table changes its check
-- [a]
CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE TABLE t (n posint);
CREATE FUNCTION twice(x posint) RETURNS posint LANGUAGE sql AS $$ SELECT (x * 2)::posint $$;
-- [b]
CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK (VALUE >= 1 AND VALUE < 1000000);
CREATE TABLE t (n posint);
CREATE FUNCTION twice(x posint) RETURNS posint LANGUAGE sql AS $$ SELECT (x * 2)::posint $$;
