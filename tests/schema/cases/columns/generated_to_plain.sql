-- a generated column becomes a plain column (PG 15: DROP EXPRESSION)
-- [a]
CREATE TABLE t (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED);
-- [b]
CREATE TABLE t (a integer, b integer);
