-- index storage parameters (fillfactor, deduplicate_items)
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_score_idx ON t (score);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_score_idx ON t (score) WITH (fillfactor = 70, deduplicate_items = off);
