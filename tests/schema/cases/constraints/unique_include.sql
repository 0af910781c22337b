-- a unique constraint with INCLUDE columns and index storage parameters
-- [a]
CREATE TABLE t (a integer, b text, c text);
-- [b]
CREATE TABLE t (a integer, b text, c text, CONSTRAINT t_a_key UNIQUE (a) INCLUDE (b, c) WITH (fillfactor = 80));
