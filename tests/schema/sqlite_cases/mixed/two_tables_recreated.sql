-- two tables made anew in one step, with a view joining them
-- [a]
CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE q (id INTEGER PRIMARY KEY, p_id INTEGER, b TEXT);
CREATE VIEW pq AS SELECT p.a, q.b FROM p JOIN q ON q.p_id = p.id;
INSERT INTO p VALUES (1, 'a');
INSERT INTO q VALUES (1, 1, 'b');
-- [b]
CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT NOT NULL DEFAULT '');
CREATE TABLE q (id INTEGER PRIMARY KEY, b TEXT, p_id INTEGER);
CREATE VIEW pq AS SELECT p.a, q.b FROM p JOIN q ON q.p_id = p.id;
