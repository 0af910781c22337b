-- a NOT NULL column with a literal default appended
-- [a]
CREATE TABLE t (id integer PRIMARY KEY);
-- [b]
CREATE TABLE t (id integer PRIMARY KEY, status varchar(16) DEFAULT 'new' NOT NULL);
