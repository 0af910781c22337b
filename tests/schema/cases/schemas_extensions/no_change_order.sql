-- no change: the same schemas and extensions, created in another order
-- [a]
CREATE SCHEMA zeta;
CREATE SCHEMA alpha;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION citext SCHEMA alpha;
CREATE TABLE alpha.t (v alpha.citext);
-- [b]
CREATE SCHEMA alpha;
CREATE EXTENSION citext WITH SCHEMA alpha;
CREATE TABLE alpha.t (v alpha.citext);
CREATE SCHEMA zeta;
CREATE EXTENSION pg_trgm;
