-- an existing integer column becomes GENERATED ALWAYS AS IDENTITY
-- [a]
CREATE TABLE t (id integer NOT NULL, v text);
-- [b]
CREATE TABLE t (id integer GENERATED ALWAYS AS IDENTITY, v text);
