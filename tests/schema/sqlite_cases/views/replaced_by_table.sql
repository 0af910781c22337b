-- a view becomes a table of the same name
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW summary AS SELECT count(*) AS n FROM t;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE summary (n INTEGER);
