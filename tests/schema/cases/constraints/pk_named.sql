-- a primary key with an explicit name, renamed (drop and add)
-- [a]
CREATE TABLE t (id integer CONSTRAINT t_pk PRIMARY KEY);
-- [b]
CREATE TABLE t (id integer CONSTRAINT t_primary PRIMARY KEY);
