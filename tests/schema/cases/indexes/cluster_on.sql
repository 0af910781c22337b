-- ALTER TABLE ... CLUSTER ON an index, then moved to another index
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_idx ON t (at);
ALTER TABLE t CLUSTER ON t_pkey;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_idx ON t (at);
ALTER TABLE t CLUSTER ON t_at_idx;
