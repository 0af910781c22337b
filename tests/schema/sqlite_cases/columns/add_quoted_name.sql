-- a column whose name needs quotes added at the end
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY);
INSERT INTO t VALUES (1);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, "first name" TEXT, "x""y" INTEGER DEFAULT 1);
