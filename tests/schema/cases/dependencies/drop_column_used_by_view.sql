-- a view stops using a column that is then dropped
-- [a]
CREATE TABLE t (id integer, legacy text);
CREATE VIEW v AS SELECT id, legacy FROM t;
-- [b]
CREATE TABLE t (id integer);
CREATE VIEW v AS SELECT id FROM t;
