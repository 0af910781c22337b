-- values added first, in the middle and last at once
-- [a]
CREATE TYPE level AS ENUM ('b', 'd');
-- [b]
CREATE TYPE level AS ENUM ('a', 'b', 'c', 'd', 'e', 'f');
