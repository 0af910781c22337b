-- comments on an index and on constraints
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

COMMENT ON INDEX t_v_idx IS 'for lookups by v';
COMMENT ON CONSTRAINT v_positive ON t IS 'v must be positive';
COMMENT ON CONSTRAINT t_pkey ON t IS 'the key';
