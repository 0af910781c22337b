-- a child table that INHERITS from a parent
-- [a]
CREATE TABLE vehicles (id integer, wheels integer);
-- [b]
CREATE TABLE vehicles (id integer, wheels integer);
CREATE TABLE trucks (payload numeric) INHERITS (vehicles);
