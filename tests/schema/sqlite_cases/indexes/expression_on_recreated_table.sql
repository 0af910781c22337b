-- expression and partial indexes of a table made anew
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, deleted INTEGER);
CREATE UNIQUE INDEX t_email ON t (lower(email)) WHERE deleted IS NULL;
INSERT INTO t VALUES (1, 'A@x', NULL), (2, 'a@x', 1);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT NOT NULL DEFAULT '', deleted INTEGER);
CREATE UNIQUE INDEX t_email ON t (lower(email)) WHERE deleted IS NULL;
