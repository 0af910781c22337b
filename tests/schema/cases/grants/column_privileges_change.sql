-- column-level grants change while a table-level grant stays
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
GRANT SELECT (id, a) ON t TO retort_r2;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
GRANT SELECT (id, b), UPDATE (a) ON t TO retort_r2;
