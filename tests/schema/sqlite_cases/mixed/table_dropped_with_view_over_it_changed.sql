-- a table dropped while a view over another table changes to no longer read it
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY);
CREATE TABLE u (id INTEGER PRIMARY KEY, t_id INTEGER);
CREATE VIEW v AS SELECT u.id FROM u JOIN t ON t.id = u.t_id;
-- [b]
CREATE TABLE u (id INTEGER PRIMARY KEY, t_id INTEGER);
CREATE VIEW v AS SELECT u.id FROM u;
