-- no change: ALL PRIVILEGES versus the privileges listed one by one
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT ALL PRIVILEGES ON TABLE t TO retort_r1;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.t TO retort_r1;
