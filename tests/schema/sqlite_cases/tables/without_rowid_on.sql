-- a table with a text key becomes WITHOUT ROWID
-- [a]
CREATE TABLE kv (k TEXT PRIMARY KEY NOT NULL, v TEXT);
INSERT INTO kv VALUES ('a', '1'), ('b', '2');
-- [b]
CREATE TABLE kv (k TEXT PRIMARY KEY NOT NULL, v TEXT) WITHOUT ROWID;
