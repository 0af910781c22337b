-- column-level SELECT and UPDATE grants
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT (id, a, b), UPDATE (b) ON t TO retort_r1;
GRANT INSERT (a) ON t TO retort_r2;
