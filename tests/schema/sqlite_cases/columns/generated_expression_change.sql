-- a generated column computes something else
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, twice INTEGER AS (a * 2));
INSERT INTO t (id, a) VALUES (1, 3), (2, 4);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, twice INTEGER AS (a + a + 0));
