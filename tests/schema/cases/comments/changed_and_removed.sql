-- a table comment changes, a column comment is removed
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.v IS 'goes away';
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

COMMENT ON TABLE t IS 'new';
