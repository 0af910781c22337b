-- a column changes type; its values follow the new affinity
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT);
INSERT INTO t VALUES (1, '12'), (2, '7');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
