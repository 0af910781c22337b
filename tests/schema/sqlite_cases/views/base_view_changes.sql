-- the view a view reads changes; the one over it is made again
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW base AS SELECT id, a FROM t;
CREATE VIEW top AS SELECT a FROM base;
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE VIEW base AS SELECT id, a FROM t WHERE id > 0;
CREATE VIEW top AS SELECT a FROM base;
