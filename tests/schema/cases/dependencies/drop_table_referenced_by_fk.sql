-- a referenced table is dropped; the referencing table loses its foreign key
-- [a]
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer, parent_id integer REFERENCES parent);
-- [b]
CREATE TABLE child (id integer, parent_id integer);
