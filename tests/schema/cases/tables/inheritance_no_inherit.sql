-- a child stops inheriting (NO INHERIT): its columns stay
-- [a]
CREATE TABLE vehicles (id integer, wheels integer);
CREATE TABLE bikes (id integer, wheels integer, bell boolean);
ALTER TABLE bikes INHERIT vehicles;
-- [b]
CREATE TABLE vehicles (id integer, wheels integer);
CREATE TABLE bikes (id integer, wheels integer, bell boolean);
