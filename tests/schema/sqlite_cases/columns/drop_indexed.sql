-- a column dropped together with the index on it
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE INDEX t_b ON t (b);
CREATE INDEX t_a ON t (a);
INSERT INTO t VALUES (1, 'a1', 'b1'), (2, 'a2', 'b2');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
