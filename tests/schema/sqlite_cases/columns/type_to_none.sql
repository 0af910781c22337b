-- a typed column loses its type
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
INSERT INTO t VALUES (1, 'x');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, v);
