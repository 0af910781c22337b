-- DESC NULLS LAST, NULLS FIRST and mixed orders in a multi-column index
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_rank ON t (score, created);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_rank ON t (score DESC NULLS LAST, created);
CREATE INDEX t_rank2 ON t (name NULLS FIRST, score DESC);
