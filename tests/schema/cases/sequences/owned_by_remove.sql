-- OWNED BY removed (the sequence stays, the column keeps its default)
-- [a]
CREATE TABLE t (id bigint);
CREATE SEQUENCE t_id_seq OWNED BY t.id;
ALTER TABLE t ALTER id SET DEFAULT nextval('t_id_seq');
-- [b]
CREATE TABLE t (id bigint);
CREATE SEQUENCE t_id_seq;
ALTER TABLE t ALTER id SET DEFAULT nextval('t_id_seq');
