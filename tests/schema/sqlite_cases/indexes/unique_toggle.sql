-- an index becomes unique under the same name
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
INSERT INTO t VALUES (1, 'x'), (2, 'y');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE UNIQUE INDEX t_a ON t (a);
