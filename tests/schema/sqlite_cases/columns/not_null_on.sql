-- a column becomes NOT NULL (its rows have values)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL);
