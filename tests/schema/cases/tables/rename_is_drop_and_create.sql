-- a table "renamed": the old one goes, the new one comes
-- [a]
CREATE TABLE customer (id integer PRIMARY KEY, name text);
-- [b]
CREATE TABLE customers (id integer PRIMARY KEY, name text);
