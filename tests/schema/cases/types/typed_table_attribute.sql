-- an attribute added to the type of a typed table (ALTER TYPE ... CASCADE)
-- [a]
CREATE TYPE emp AS (name text, salary numeric);
CREATE TABLE emps OF emp;
-- [b]
CREATE TYPE emp AS (name text, salary numeric, dept text);
CREATE TABLE emps OF emp;
