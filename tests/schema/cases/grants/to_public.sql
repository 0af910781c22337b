-- a grant to PUBLIC after a grant to a role
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
GRANT SELECT ON t TO PUBLIC;
