-- one of two indexes dropped
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_name_idx ON t (name);
CREATE INDEX t_score_idx ON t (score);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_score_idx ON t (score);
