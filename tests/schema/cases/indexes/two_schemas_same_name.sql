-- indexes of the same name in two schemas; one changes
-- [a]
CREATE SCHEMA s1;
CREATE SCHEMA s2;
CREATE TABLE s1.t (a integer, b integer);
CREATE TABLE s2.t (a integer, b integer);
CREATE INDEX t_idx ON s1.t (a);
CREATE INDEX t_idx ON s2.t (a);
-- [b]
CREATE SCHEMA s1;
CREATE SCHEMA s2;
CREATE TABLE s1.t (a integer, b integer);
CREATE TABLE s2.t (a integer, b integer);
CREATE INDEX t_idx ON s1.t (a);
CREATE INDEX t_idx ON s2.t (b);
