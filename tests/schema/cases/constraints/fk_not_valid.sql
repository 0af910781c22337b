-- a foreign key added NOT VALID
-- [a]
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (a_id integer);
-- [b]
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (a_id integer);
ALTER TABLE b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a NOT VALID;
