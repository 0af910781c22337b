-- the last column of a table is dropped (reverse: appended again)
-- [a]
CREATE TABLE t (id integer, name text, legacy text);
-- [b]
CREATE TABLE t (id integer, name text);
