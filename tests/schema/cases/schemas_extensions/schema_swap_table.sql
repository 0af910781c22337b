-- a table moves from one schema to another (drop and create)
-- [a]
CREATE SCHEMA old_ns;
CREATE TABLE old_ns.items (id integer PRIMARY KEY, label text);
-- [b]
CREATE SCHEMA new_ns;
CREATE TABLE new_ns.items (id integer PRIMARY KEY, label text);
