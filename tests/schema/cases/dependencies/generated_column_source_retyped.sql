-- the source column of a generated column changes type
-- [a]
CREATE TABLE t (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED);
-- [b]
CREATE TABLE t (a bigint, b integer GENERATED ALWAYS AS (a * 2) STORED);
