-- three columns added at the end in one step
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY);
INSERT INTO t VALUES (1), (2);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b REAL DEFAULT 1.5, c BLOB);
