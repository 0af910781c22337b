-- tables of the same name in two schemas; only one of them changes
-- [a]
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.t (id integer, x text);
CREATE TABLE b.t (id integer, x text);
-- [b]
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.t (id integer, x text);
CREATE TABLE b.t (id integer, x varchar(20) NOT NULL, y integer);
