-- the rowid key becomes AUTOINCREMENT
-- [a]
CREATE TABLE log (id INTEGER PRIMARY KEY, msg TEXT);
INSERT INTO log (msg) VALUES ('one'), ('two');
-- [b]
CREATE TABLE log (id INTEGER PRIMARY KEY AUTOINCREMENT, msg TEXT);
