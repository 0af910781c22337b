-- a column of an existing enum type is appended
-- [a]
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE t (id integer);
-- [b]
CREATE TYPE color AS ENUM ('red', 'green');
CREATE TABLE t (id integer, c color DEFAULT 'red'::color, palette color[]);
