-- a primary key index with fillfactor
-- [a]
CREATE TABLE t (id integer PRIMARY KEY);
-- [b]
CREATE TABLE t (id integer, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 50));
