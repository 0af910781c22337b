-- a CHECK dropped and a column added in one step
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, CHECK (n < 100));
INSERT INTO t VALUES (1, 5);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, note TEXT);
