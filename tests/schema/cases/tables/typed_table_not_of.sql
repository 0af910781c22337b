-- a typed table stops being typed (NOT OF); its columns and their options stay
-- [a]
CREATE TYPE person AS (name text, born date);
CREATE TABLE people OF person (name WITH OPTIONS NOT NULL, born WITH OPTIONS DEFAULT '2000-01-01');
-- [b]
CREATE TYPE person AS (name text, born date);
CREATE TABLE people (name text NOT NULL, born date DEFAULT '2000-01-01');
