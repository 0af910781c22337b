-- text to varchar(100), varchar(80) to varchar(20)
-- [a]
CREATE TABLE t (a text, b varchar(80));
-- [b]
CREATE TABLE t (a varchar(100), b varchar(20));
