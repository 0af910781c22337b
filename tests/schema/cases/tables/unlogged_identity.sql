-- an UNLOGGED table with an identity column (PG 15: its sequence is unlogged too)
-- [a]
CREATE TABLE jobs (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state text);
-- [b]
CREATE UNLOGGED TABLE jobs (id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, state text);
