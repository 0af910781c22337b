-- a UNIQUE column dropped (DROP COLUMN refuses it)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, code TEXT UNIQUE);
INSERT INTO t VALUES (1, 'x', 'c1'), (2, 'y', 'c2');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
