-- a serial column appended (sequence, default and OWNED BY)
-- [a]
CREATE TABLE t (name text);
-- [b]
CREATE TABLE t (name text, id serial NOT NULL);
