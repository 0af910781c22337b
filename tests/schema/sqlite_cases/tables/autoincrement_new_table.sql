-- a new AUTOINCREMENT table (SQLite adds sqlite_sequence)
-- [a]
CREATE TABLE a (x TEXT);
-- [b]
CREATE TABLE a (x TEXT);
CREATE TABLE seq (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
INSERT INTO seq (v) VALUES ('first');
