-- a unique index over two columns
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
INSERT INTO t VALUES (1, 'x', 'y'), (2, 'x', 'z');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE UNIQUE INDEX t_ab ON t (a, b);
