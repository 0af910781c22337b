-- comments on a view, a view column and a materialized view
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

CREATE VIEW v AS SELECT id, v FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

CREATE VIEW v AS SELECT id, v FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT id FROM t;
COMMENT ON VIEW v IS 'a view';
COMMENT ON COLUMN v.v IS 'a view column';
COMMENT ON MATERIALIZED VIEW mv IS 'a materialized view';
