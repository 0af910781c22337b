-- one of two indexes dropped
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE INDEX t_a ON t (a);
CREATE INDEX t_b ON t (b);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE INDEX t_b ON t (b);
