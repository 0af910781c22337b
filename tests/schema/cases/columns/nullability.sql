-- one column gains NOT NULL, another loses it
-- [a]
CREATE TABLE t (a integer NOT NULL, b integer);
-- [b]
CREATE TABLE t (a integer, b integer NOT NULL);
