-- one unique constraint added, a multi-column one dropped
-- [a]
CREATE TABLE t (a integer, b integer, c integer, CONSTRAINT t_a_b_key UNIQUE (a, b));
-- [b]
CREATE TABLE t (a integer, b integer, c integer, CONSTRAINT t_c_key UNIQUE (c));
