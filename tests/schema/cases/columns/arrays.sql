-- array columns added and an element type changed: int[], text[][], bigint[]
-- [a]
CREATE TABLE matrix (id integer, tags text[], ids integer[]);
-- [b]
CREATE TABLE matrix (id integer, tags text[], ids bigint[], grid text[][], scores numeric(5,2)[]);
