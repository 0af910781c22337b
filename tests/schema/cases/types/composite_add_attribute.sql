-- an attribute appended to a composite type
-- [a]
CREATE TYPE point3 AS (x double precision, y double precision);
-- [b]
CREATE TYPE point3 AS (x double precision, y double precision, z double precision);
