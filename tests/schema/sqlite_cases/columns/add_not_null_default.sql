-- a NOT NULL column with a default added to filled rows
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INTEGER NOT NULL DEFAULT 0);
