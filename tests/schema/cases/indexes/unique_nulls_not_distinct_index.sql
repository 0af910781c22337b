-- a unique index becomes NULLS NOT DISTINCT (PG 15)
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE UNIQUE INDEX t_email_uniq ON t (email);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE UNIQUE INDEX t_email_uniq ON t (email) NULLS NOT DISTINCT;
