-- a view over another view, both new, the outer one sorting first by name
-- [a]
CREATE TABLE t (id integer, v text);
-- [b]
CREATE TABLE t (id integer, v text);
CREATE VIEW z_inner AS SELECT id, v FROM t WHERE v IS NOT NULL;
CREATE VIEW a_outer AS SELECT id FROM z_inner;
