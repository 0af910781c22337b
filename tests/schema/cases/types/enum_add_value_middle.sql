-- a value inserted in the middle of an enum (ADD VALUE BEFORE/AFTER)
-- [a]
CREATE TYPE size AS ENUM ('small', 'large');
-- [b]
CREATE TYPE size AS ENUM ('small', 'medium', 'large');
