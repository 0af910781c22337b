-- the columns of a composite key change order
-- [a]
CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (a, b));
INSERT INTO t VALUES ('x', 1), ('x', 2);
-- [b]
CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL, PRIMARY KEY (b, a));
