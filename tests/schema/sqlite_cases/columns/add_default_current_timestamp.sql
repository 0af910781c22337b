-- a column whose default is not constant (ADD COLUMN refuses it)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
INSERT INTO t VALUES (1, 'x');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, created TEXT DEFAULT CURRENT_TIMESTAMP);
