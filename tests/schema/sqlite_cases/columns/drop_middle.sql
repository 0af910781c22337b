-- a column dropped from the middle
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);
INSERT INTO t VALUES (1, 'a1', 'b1', 'c1');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, c TEXT);
