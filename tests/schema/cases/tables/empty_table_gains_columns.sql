-- a table without columns gets its first columns
-- [a]
CREATE TABLE bare ();
-- [b]
CREATE TABLE bare (id integer, label text);
