-- an integer column becomes bigserial
-- [a]
CREATE TABLE t (id integer NOT NULL, name text);
-- [b]
CREATE TABLE t (id bigserial, name text);
