-- an immutable function created and used by an expression index
-- [a]
CREATE TABLE t (name text);
-- [b]
CREATE FUNCTION norm(s text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT lower(trim(s)) $$;
CREATE TABLE t (name text);
CREATE INDEX t_norm_idx ON t (norm(name));
