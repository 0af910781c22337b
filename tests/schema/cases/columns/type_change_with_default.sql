-- a column type changes together with its default (text default to integer default)
-- [a]
CREATE TABLE t (code text DEFAULT 'abc', n varchar(10) DEFAULT '5');
-- [b]
CREATE TABLE t (code integer DEFAULT 0, n integer DEFAULT 5);
