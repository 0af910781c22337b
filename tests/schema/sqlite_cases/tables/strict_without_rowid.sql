-- both table options at once, added to a table with rows
-- [a]
CREATE TABLE p (code TEXT PRIMARY KEY, n INTEGER);
INSERT INTO p VALUES ('x', 1), ('y', 2);
-- [b]
CREATE TABLE p (code TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID, STRICT;
