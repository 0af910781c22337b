-- the primary key moves to another column
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT NOT NULL);
INSERT INTO t VALUES (1, 'a'), (2, 'b');
-- [b]
CREATE TABLE t (id INTEGER NOT NULL, code TEXT NOT NULL PRIMARY KEY);
