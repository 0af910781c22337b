-- columns named like keywords added and dropped
-- [a]
CREATE TABLE t ("select" integer, "from" text);
-- [b]
CREATE TABLE t ("select" bigint, "group" text, "Mixed Case" boolean);
