-- the column order of a multi-column index changes (same name)
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_multi ON t (name, score);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_multi ON t (score, name);
