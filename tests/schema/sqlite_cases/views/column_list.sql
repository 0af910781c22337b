-- a view gets a column list
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW v AS SELECT id, a FROM t;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW v (key, value) AS SELECT id, a FROM t;
