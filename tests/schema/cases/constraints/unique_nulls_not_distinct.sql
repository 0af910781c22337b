-- UNIQUE NULLS NOT DISTINCT (PG 15) replaces a plain unique constraint
-- [a]
CREATE TABLE t (email text, CONSTRAINT t_email_key UNIQUE (email));
-- [b]
CREATE TABLE t (email text, CONSTRAINT t_email_key UNIQUE NULLS NOT DISTINCT (email));
