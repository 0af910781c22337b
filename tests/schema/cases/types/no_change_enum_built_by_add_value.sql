-- no change: an enum built with ADD VALUE equals one created in one go
-- [a]
CREATE TYPE e AS ENUM ('a', 'c');
ALTER TYPE e ADD VALUE 'b' BEFORE 'c';
ALTER TYPE e ADD VALUE 'd';
-- [b]
CREATE TYPE e AS ENUM ('a', 'b', 'c', 'd');
