-- no change: the same comments set in another order and overwritten
-- [a]
CREATE TABLE t (a integer, b integer);
COMMENT ON COLUMN t.a IS 'A';
COMMENT ON COLUMN t.b IS 'B';
-- [b]
CREATE TABLE t (a integer, b integer);
COMMENT ON COLUMN t.b IS 'first draft';
COMMENT ON COLUMN t.b IS 'B';
COMMENT ON COLUMN t.a IS 'A';
