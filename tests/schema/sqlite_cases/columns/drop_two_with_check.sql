-- two columns dropped, one whose CHECK names the other
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, keep TEXT, lo INTEGER, hi INTEGER CHECK (hi >= lo));
INSERT INTO t VALUES (1, 'k', 1, 2);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, keep TEXT);
