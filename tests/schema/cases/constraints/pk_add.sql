-- a primary key added to an existing table
-- [a]
CREATE TABLE t (id integer NOT NULL, v text);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, v text);
