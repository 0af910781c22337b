-- a VIRTUAL generated column added at the end
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, price REAL, qty INTEGER);
INSERT INTO t VALUES (1, 2.5, 4);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, price REAL, qty INTEGER, total REAL GENERATED ALWAYS AS (price * qty) VIRTUAL);
