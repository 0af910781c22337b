-- a sequence becomes OWNED BY a column
-- [a]
CREATE TABLE t (id bigint);
CREATE SEQUENCE t_id_seq;
-- [b]
CREATE TABLE t (id bigint);
CREATE SEQUENCE t_id_seq OWNED BY t.id;
