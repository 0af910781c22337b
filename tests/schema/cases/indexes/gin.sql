-- GIN indexes on jsonb (default and jsonb_path_ops) and on a tsvector expression
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_data_gin ON t USING gin (data);
CREATE INDEX t_data_path ON t USING gin (data jsonb_path_ops);
CREATE INDEX t_name_fts ON t USING gin (to_tsvector('english', name));
