-- SELECT on a table granted to a role
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
