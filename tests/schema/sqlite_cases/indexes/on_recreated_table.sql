-- the indexes of a table made anew are created again
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
INSERT INTO t VALUES (1, 'a1', 'b1'), (2, 'a2', 'b2');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT '', b TEXT);
CREATE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
