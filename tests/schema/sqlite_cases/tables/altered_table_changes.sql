-- a table whose stored CREATE text came from ALTER TABLE RENAME changes
-- [a]
CREATE TABLE old_t (id INTEGER PRIMARY KEY, a TEXT);
ALTER TABLE old_t RENAME TO t;
CREATE INDEX t_a ON t (a);
INSERT INTO t VALUES (1, 'x');
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT, a TEXT);
CREATE INDEX t_a ON t (a);
