-- varchar(10) to varchar(50), and varchar(5) to unbounded varchar
-- [a]
CREATE TABLE t (code varchar(10), tag varchar(5));
-- [b]
CREATE TABLE t (code varchar(50), tag varchar);
