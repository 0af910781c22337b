-- a named CHECK gets another name
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER, CONSTRAINT qty_positive CHECK (qty > 0));
INSERT INTO t VALUES (1, 1);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER, CONSTRAINT qty_above_zero CHECK (qty > 0));
