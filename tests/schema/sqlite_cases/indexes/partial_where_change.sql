-- the WHERE of a partial index changes
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INTEGER);
CREATE INDEX t_a ON t (a) WHERE n > 0;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, n INTEGER);
CREATE INDEX t_a ON t (a) WHERE n > 10;
