-- a partial index, and a change of its predicate
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_active_idx ON t (created) WHERE score > 0;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_active_idx ON t (created) WHERE score > 10 AND email IS NOT NULL;
CREATE UNIQUE INDEX t_email_live ON t (email) WHERE name IS NOT NULL;
