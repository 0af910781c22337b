-- an index of the same name changes from btree to hash
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_email_idx ON t (email);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, email text, name text, score integer, created timestamptz, data jsonb, during tsrange);
CREATE INDEX t_email_idx ON t USING hash (email);
