-- a value appended to an enum used by an array column
-- [a]
CREATE TYPE flag AS ENUM ('a', 'b');
CREATE TABLE t (flags flag[] DEFAULT '{}');
-- [b]
CREATE TYPE flag AS ENUM ('a', 'b', 'c');
CREATE TABLE t (flags flag[] DEFAULT '{}');
