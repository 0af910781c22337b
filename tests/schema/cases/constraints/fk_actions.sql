-- ON DELETE / ON UPDATE actions of a foreign key change
-- [a]
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer, p_id integer, CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p ON DELETE CASCADE);
-- [b]
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer, p_id integer, CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p ON DELETE SET NULL ON UPDATE RESTRICT);
