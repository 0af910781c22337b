-- covering index with INCLUDE columns; the included set changes
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_score_cov ON t (score) INCLUDE (name);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_score_cov ON t (score) INCLUDE (name, email);
