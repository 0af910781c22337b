-- a column added to a table a view reads, view unchanged
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW v AS SELECT id, a FROM t;
INSERT INTO t VALUES (1, 'a');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE VIEW v AS SELECT id, a FROM t;
