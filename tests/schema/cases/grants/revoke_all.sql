-- every grant of a table revoked
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT ALL ON t TO retort_r1;
GRANT SELECT ON t TO retort_r2;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);
