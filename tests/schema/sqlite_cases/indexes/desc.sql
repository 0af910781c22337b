-- an index column sorted DESC
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
CREATE INDEX t_ab ON t (a, b);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
CREATE INDEX t_ab ON t (a, b DESC);
