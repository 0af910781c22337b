-- an index on an expression
-- [a]
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
-- [b]
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
CREATE INDEX t_email_lower ON t (lower(email));
