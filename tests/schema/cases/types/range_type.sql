-- a range type with a subtype and a multirange
-- [a]
-- [b]
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE readings (id integer, span floatrange);
