-- extension citext added together with a column of its type
-- [a]
CREATE TABLE users (id integer PRIMARY KEY);
-- [b]
CREATE EXTENSION citext;
CREATE TABLE users (id integer PRIMARY KEY, email citext UNIQUE);
