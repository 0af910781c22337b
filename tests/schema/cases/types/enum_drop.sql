-- an unused enum type dropped
-- [a]
CREATE TYPE unused AS ENUM ('x', 'y');
CREATE TYPE used AS ENUM ('a');
-- [b]
CREATE TYPE used AS ENUM ('a');
