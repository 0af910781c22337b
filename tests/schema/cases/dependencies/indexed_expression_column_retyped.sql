-- a column used in an expression index and a partial index changes type
-- [a]
CREATE TABLE t (code varchar(10), n integer);
CREATE INDEX t_lower_code ON t (lower(code));
CREATE INDEX t_n_partial ON t (n) WHERE n > 0;
-- [b]
CREATE TABLE t (code text, n bigint);
CREATE INDEX t_lower_code ON t (lower(code));
CREATE INDEX t_n_partial ON t (n) WHERE n > 0;
