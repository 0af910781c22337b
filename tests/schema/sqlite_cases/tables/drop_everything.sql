-- a table with its index, view and trigger all dropped
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
CREATE VIEW v AS SELECT a FROM t;
CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN SELECT NEW.a; END;
INSERT INTO t VALUES (1, 'x');
-- [b]
