-- a commented column is dropped; another column gets a comment
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

ALTER TABLE t ADD COLUMN note text;
COMMENT ON COLUMN t.note IS 'about to go';
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

COMMENT ON COLUMN t.id IS 'identifier';
