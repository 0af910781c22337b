-- a view over a view, both new
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW base AS SELECT id, a FROM t WHERE a <> '';
CREATE VIEW top AS SELECT count(*) AS n FROM base;
