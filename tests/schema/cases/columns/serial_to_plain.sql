-- a serial column becomes a plain integer (its sequence goes)
-- [a]
CREATE TABLE t (id serial PRIMARY KEY, name text);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, name text);
