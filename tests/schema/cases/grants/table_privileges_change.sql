-- privileges of one role widened, of another narrowed
-- [a]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT ON t TO retort_r1;
GRANT SELECT, INSERT, UPDATE, DELETE ON t TO retort_r2;
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, a text, b text, secret text);

GRANT SELECT, INSERT, UPDATE ON t TO retort_r1;
GRANT SELECT ON t TO retort_r2;
