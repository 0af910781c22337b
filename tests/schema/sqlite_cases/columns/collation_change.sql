-- a column gets a collation
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO t VALUES (1, 'Ann'), (2, 'ann');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT COLLATE NOCASE);
