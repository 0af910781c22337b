-- a column that carries an index and a unique constraint is dropped
-- [a]
CREATE TABLE t (id integer, v integer, code text UNIQUE);
CREATE INDEX t_v_code_idx ON t (v, code);
-- [b]
CREATE TABLE t (id integer, v integer);
