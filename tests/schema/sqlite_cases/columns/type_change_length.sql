-- a VARCHAR length changes (a different declared type)
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(20));
INSERT INTO t VALUES (1, 'ann');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(200));
