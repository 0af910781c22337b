-- type, default and nullability of one column change together
-- [a]
CREATE TABLE t (status varchar(20) DEFAULT 'x');
-- [b]
CREATE TABLE t (status text DEFAULT 'y' NOT NULL);
