-- a composite attribute's comment changes, a new attribute comes with one
-- [a]
CREATE TYPE pair AS (a integer, b integer);
COMMENT ON COLUMN pair.a IS 'first';
COMMENT ON COLUMN pair.b IS 'second';
-- [b]
CREATE TYPE pair AS (a integer, b integer, c integer);
COMMENT ON COLUMN pair.a IS 'the first';
COMMENT ON COLUMN pair.c IS 'third';
