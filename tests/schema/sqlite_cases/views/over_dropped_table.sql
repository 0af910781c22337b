-- a view and the table it reads both dropped
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE keep (id INTEGER PRIMARY KEY);
CREATE VIEW v AS SELECT a FROM t;
-- [b]
CREATE TABLE keep (id INTEGER PRIMARY KEY);
