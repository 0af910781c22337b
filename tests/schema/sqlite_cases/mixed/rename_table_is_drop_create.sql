-- a renamed table is a drop and a create (its rows go)
-- [a]
CREATE TABLE old_name (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX old_a ON old_name (a);
INSERT INTO old_name VALUES (1, 'x');
-- [b]
CREATE TABLE new_name (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX new_a ON new_name (a);
