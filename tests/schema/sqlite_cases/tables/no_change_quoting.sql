-- the same names quoted four ways
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT, c TEXT);
CREATE INDEX t_a ON t (a);
-- [b]
CREATE TABLE "t" ("id" INTEGER PRIMARY KEY, [a] TEXT, `b` TEXT, c TEXT);
CREATE INDEX "t_a" ON "t" ("a");
