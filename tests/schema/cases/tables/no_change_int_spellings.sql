-- no change: the same table with int/int4/integer, bool/boolean, float8/double precision
-- [a]
CREATE TABLE measures (id int4, total int8, ok bool, ratio float8, small int2, name varchar);
-- [b]
create table measures (
    id     integer,
    total  bigint,
    ok     boolean,
    ratio  double precision,
    small  smallint,
    name   character varying
);
