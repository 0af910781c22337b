-- no change: column and table constraint forms that PostgreSQL stores alike
-- [a]
CREATE TABLE p (id integer PRIMARY KEY);
CREATE TABLE c (id integer UNIQUE, p_id integer REFERENCES p, n integer CHECK (n > 0));
-- [b]
CREATE TABLE p (id integer, CONSTRAINT p_pkey PRIMARY KEY (id));
CREATE TABLE c (
    id integer, p_id integer, n integer,
    CONSTRAINT c_n_check CHECK ((n > 0)),
    CONSTRAINT c_id_key UNIQUE (id),
    CONSTRAINT c_p_id_fkey FOREIGN KEY (p_id) REFERENCES p (id) MATCH SIMPLE ON UPDATE NO ACTION ON DELETE NO ACTION
);
