-- an index on a column added in the same step
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY);
INSERT INTO t VALUES (1), (2);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, tag TEXT);
CREATE INDEX t_tag ON t (tag);
