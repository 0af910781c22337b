-- a join view over one unchanged and one changed table
-- [a]
CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER, v TEXT);
CREATE VIEW pc AS SELECT p.name, c.v FROM p JOIN c ON c.p_id = p.id;
INSERT INTO p VALUES (1, 'one');
INSERT INTO c VALUES (1, 1, 'x');
-- [b]
CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER NOT NULL DEFAULT 0, v TEXT);
CREATE VIEW pc AS SELECT p.name, c.v FROM p JOIN c ON c.p_id = p.id;
