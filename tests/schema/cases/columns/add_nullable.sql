-- a nullable column appended to a table
-- [a]
CREATE TABLE t (id integer PRIMARY KEY);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, note text);
