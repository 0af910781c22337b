-- an index keeps its name and covers other columns
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);
CREATE INDEX t_idx ON t (a);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);
CREATE INDEX t_idx ON t (b, c);
