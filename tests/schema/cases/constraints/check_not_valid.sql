-- a check constraint added NOT VALID, another one validated
-- [a]
CREATE TABLE t (a integer, b integer);
ALTER TABLE t ADD CONSTRAINT b_positive CHECK (b > 0) NOT VALID;
-- [b]
CREATE TABLE t (a integer, b integer);
ALTER TABLE t ADD CONSTRAINT a_positive CHECK (a > 0) NOT VALID;
ALTER TABLE t ADD CONSTRAINT b_positive CHECK (b > 0);
