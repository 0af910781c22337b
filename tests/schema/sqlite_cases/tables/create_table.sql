-- a new table next to one with rows
-- [a]
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob');
-- [b]
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE posts (id INTEGER PRIMARY KEY, title TEXT, body TEXT DEFAULT '');
INSERT INTO users (id, name) VALUES (1, 'ann');
