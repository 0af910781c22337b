-- a chain view -> view -> materialized view over a column whose type changes
-- [a]
CREATE TABLE t (id integer, code varchar(10));
CREATE VIEW v1 AS SELECT id, code FROM t;
CREATE VIEW v2 AS SELECT code FROM v1 WHERE id > 0;
CREATE MATERIALIZED VIEW mv AS SELECT count(*) AS n, code FROM v2 GROUP BY code;
-- [b]
CREATE TABLE t (id integer, code varchar(40));
CREATE VIEW v1 AS SELECT id, code FROM t;
CREATE VIEW v2 AS SELECT code FROM v1 WHERE id > 0;
CREATE MATERIALIZED VIEW mv AS SELECT count(*) AS n, code FROM v2 GROUP BY code;
