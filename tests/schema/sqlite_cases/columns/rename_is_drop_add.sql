-- a renamed column is a drop and an add: the other columns keep their rows
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, keep TEXT, old_name TEXT);
INSERT INTO t VALUES (1, 'k', 'o');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, keep TEXT, new_name TEXT);
