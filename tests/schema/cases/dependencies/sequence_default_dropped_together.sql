-- a table with a nextval default and its sequence are dropped together
-- [a]
CREATE SEQUENCE shared_seq;
CREATE TABLE t1 (id bigint DEFAULT nextval('shared_seq'));
CREATE TABLE t2 (id bigint DEFAULT nextval('shared_seq'));
-- [b]
CREATE TABLE t2 (id bigint);
