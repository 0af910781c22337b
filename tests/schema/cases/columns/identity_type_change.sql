-- the type of an identity column changes from integer to bigint (its sequence follows)
-- [a]
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
-- [b]
CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
