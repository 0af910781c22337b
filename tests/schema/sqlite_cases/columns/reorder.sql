-- two columns swap places
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER, a TEXT);
