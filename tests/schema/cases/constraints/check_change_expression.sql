-- the expression of a named check constraint changes
-- [a]
CREATE TABLE t (qty integer, CONSTRAINT qty_range CHECK (qty > 0));
-- [b]
CREATE TABLE t (qty integer, CONSTRAINT qty_range CHECK (qty > 0 AND qty < 1000));
