-- a view selects a column whose type changes (drop view, alter, recreate)
-- [a]
CREATE TABLE t (id integer, amount integer);
CREATE VIEW v AS SELECT id, amount FROM t;
-- [b]
CREATE TABLE t (id integer, amount bigint);
CREATE VIEW v AS SELECT id, amount FROM t;
