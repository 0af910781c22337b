-- the last attribute of a composite type is dropped
-- [a]
CREATE TYPE pair AS (a integer, b integer, junk text);
-- [b]
CREATE TYPE pair AS (a integer, b integer);
