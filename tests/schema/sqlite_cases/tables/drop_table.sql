-- a table with an index and rows dropped, another kept
-- [a]
CREATE TABLE keep (id INTEGER PRIMARY KEY, v TEXT);
CREATE TABLE gone (id INTEGER PRIMARY KEY, v TEXT);
CREATE INDEX gone_v ON gone (v);
INSERT INTO keep VALUES (1, 'a'), (2, 'b');
INSERT INTO gone VALUES (1, 'x');
-- [b]
CREATE TABLE keep (id INTEGER PRIMARY KEY, v TEXT);
