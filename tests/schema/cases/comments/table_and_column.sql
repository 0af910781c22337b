-- comments on a table and a column added
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

COMMENT ON TABLE t IS 'The main table';
COMMENT ON COLUMN t.v IS 'A positive value';
