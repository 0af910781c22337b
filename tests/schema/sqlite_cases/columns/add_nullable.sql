-- a nullable column added at the end
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
