-- objects in two new schemas that reference each other
-- [a]
-- [b]
CREATE SCHEMA b_types;
CREATE SCHEMA a_data;
CREATE TYPE b_types.kind AS ENUM ('x', 'y');
CREATE TABLE a_data.things (id integer PRIMARY KEY, k b_types.kind);
CREATE VIEW b_types.thing_kinds AS SELECT DISTINCT k FROM a_data.things;
