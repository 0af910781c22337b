-- the referenced key changes: the foreign key must go first and come back
-- [a]
CREATE TABLE p (id integer CONSTRAINT p_pkey PRIMARY KEY, code text);
CREATE TABLE c (p_id integer CONSTRAINT c_p_fk REFERENCES p);
-- [b]
CREATE TABLE p (id bigint CONSTRAINT p_pkey PRIMARY KEY, code text);
CREATE TABLE c (p_id bigint CONSTRAINT c_p_fk REFERENCES p);
