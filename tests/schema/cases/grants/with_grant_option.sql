-- WITH GRANT OPTION added to an existing grant and on a new one
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1 WITH GRANT OPTION;
GRANT INSERT ON t TO retort_r2 WITH GRANT OPTION;
