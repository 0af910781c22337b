-- a composite type created and used as a column type
-- [a]
CREATE TABLE contacts (id integer);
-- [b]
CREATE TYPE address AS (street text, city varchar(80), zip char(5));
CREATE TABLE contacts (id integer, home address);
