-- an index column with a collation
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
CREATE INDEX t_name ON t (name);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
CREATE INDEX t_name ON t (name COLLATE NOCASE);
