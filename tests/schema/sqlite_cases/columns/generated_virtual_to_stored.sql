-- a generated column changes from VIRTUAL to STORED
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, up TEXT GENERATED ALWAYS AS (upper(a)) VIRTUAL);
INSERT INTO t (id, a) VALUES (1, 'x');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, up TEXT GENERATED ALWAYS AS (upper(a)) STORED);
