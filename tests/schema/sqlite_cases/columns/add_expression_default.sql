-- a column with a parenthesised default expression
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY);
INSERT INTO t VALUES (1);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER DEFAULT (1 + 2));
