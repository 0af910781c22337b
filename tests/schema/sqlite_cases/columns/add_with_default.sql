-- a column with a constant default added at the end
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
INSERT INTO t VALUES (1, 'x');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, status TEXT DEFAULT 'new');
