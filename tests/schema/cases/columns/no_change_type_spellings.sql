-- no change: type aliases and default spellings that PostgreSQL stores alike
-- [a]
CREATE TABLE t (a int4 DEFAULT 1, b float4, c timestamptz, d varchar(5) DEFAULT 'x', e bool DEFAULT true, f decimal);
-- [b]
CREATE TABLE t (
    a integer DEFAULT (1),
    b real,
    c timestamp with time zone,
    d character varying(5) DEFAULT 'x'::character varying,
    e boolean DEFAULT TRUE,
    f numeric
);
