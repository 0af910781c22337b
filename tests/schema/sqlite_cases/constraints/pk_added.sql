-- a table without a key gets one
-- [a]
CREATE TABLE t (id INTEGER, v TEXT);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
