-- a function created and used by a check constraint
-- [a]
CREATE TABLE t (email text);
-- [b]
CREATE FUNCTION looks_like_email(s text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s LIKE '%@%' $$;
CREATE TABLE t (email text CONSTRAINT t_email_check CHECK (looks_like_email(email)));
