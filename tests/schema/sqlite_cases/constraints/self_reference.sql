-- a table references itself
-- [a]
CREATE TABLE node (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO node VALUES (1, 'root'), (2, 'leaf');
-- [b]
CREATE TABLE node (id INTEGER PRIMARY KEY, name TEXT, parent_id INTEGER REFERENCES node (id) ON DELETE SET NULL);
