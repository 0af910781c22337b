-- columns of many built-in types added at once
-- [a]
CREATE TABLE kitchen_sink (id integer);
-- [b]
CREATE TABLE kitchen_sink (
    id integer,
    a uuid, b inet, c cidr, d macaddr, e money, f bytea, g jsonb, h json, i xml,
    j tsvector, k tsquery, l int4range, m tstzrange, n point, o box, p char(5),
    q real, r double precision, s float(24), t interval year to month, u time with time zone,
    v date, w oid, x int8multirange
);
