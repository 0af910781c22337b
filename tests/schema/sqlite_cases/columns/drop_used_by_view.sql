-- a column dropped while a view reads the table (the view changes too)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE VIEW v AS SELECT id, a, b FROM t;
INSERT INTO t VALUES (1, 'a', 'b');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW v AS SELECT id, a FROM t;
