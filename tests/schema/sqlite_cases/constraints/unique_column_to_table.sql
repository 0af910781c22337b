-- a column UNIQUE becomes a table UNIQUE
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE, v TEXT);
INSERT INTO t VALUES (1, 'a@x', 'v');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, v TEXT, UNIQUE (email));
