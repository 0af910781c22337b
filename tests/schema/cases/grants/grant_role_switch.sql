-- a grant moves from one role to another
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT, UPDATE ON t TO retort_r1;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT, UPDATE ON t TO retort_r2;
