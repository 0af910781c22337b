-- an attribute is appended to a composite type that a table column uses
-- [a]
CREATE TYPE dims AS (w integer, h integer);
CREATE TABLE boxes (id integer, size dims);
-- [b]
CREATE TYPE dims AS (w integer, h integer, d integer);
CREATE TABLE boxes (id integer, size dims);
