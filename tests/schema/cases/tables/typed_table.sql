-- a typed table (CREATE TABLE ... OF a composite type)
-- [a]
CREATE TYPE person AS (name text, born date);
-- [b]
CREATE TYPE person AS (name text, born date);
CREATE TABLE people OF person (PRIMARY KEY (name));
