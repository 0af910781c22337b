-- a column added between two others (the table is made anew)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, c TEXT);
INSERT INTO t VALUES (1, 'a1', 'c1'), (2, 'a2', 'c2');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER DEFAULT 7, c TEXT);
