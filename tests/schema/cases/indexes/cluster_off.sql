-- CLUSTER ON is set on a new index of one table and removed (SET WITHOUT CLUSTER) from another
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
CREATE TABLE u (id integer, at timestamptz);
CREATE INDEX u_at_idx ON u (at);
ALTER TABLE u CLUSTER ON u_at_idx;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, at timestamptz);
CREATE INDEX t_at_idx ON t (at);
ALTER TABLE t CLUSTER ON t_at_idx;
CREATE TABLE u (id integer, at timestamptz);
CREATE INDEX u_at_idx ON u (at);
