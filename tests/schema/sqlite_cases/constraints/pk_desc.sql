-- a key column sorted DESC
-- [a]
CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT);
INSERT INTO t VALUES ('a', '1');
-- [b]
CREATE TABLE t (k TEXT PRIMARY KEY DESC, v TEXT);
