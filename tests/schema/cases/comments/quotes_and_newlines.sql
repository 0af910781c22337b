-- comment text with quotes, a backslash and a newline
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_pkey PRIMARY KEY, v integer CONSTRAINT v_positive CHECK (v > 0));
CREATE INDEX t_v_idx ON t (v);

COMMENT ON TABLE t IS E'it''s a "table"\nwith two lines and a \\ backslash';
