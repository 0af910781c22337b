-- a column CHECK changes its bound
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty > 0));
INSERT INTO t VALUES (1, 3);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));
