-- a whole schema created in an empty database
-- [a]
-- [b]
CREATE TABLE a (id INTEGER PRIMARY KEY, name TEXT UNIQUE);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id), v REAL CHECK (v >= 0));
CREATE INDEX b_a ON b (a_id);
CREATE VIEW ab AS SELECT a.name, b.v FROM a JOIN b ON b.a_id = a.id;
CREATE TRIGGER a_del BEFORE DELETE ON a BEGIN DELETE FROM b WHERE a_id = OLD.id; END;
INSERT INTO a VALUES (1, 'one');
