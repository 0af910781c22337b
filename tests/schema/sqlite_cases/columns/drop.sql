-- a column dropped
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
INSERT INTO t VALUES (1, 'a1', 'b1'), (2, 'a2', 'b2');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
