-- a foreign key to a column whose unique constraint is added in the same migration
-- [a]
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE TABLE invites (email text);
-- [b]
CREATE TABLE users (id integer PRIMARY KEY, email text UNIQUE);
CREATE TABLE invites (email text REFERENCES users (email));
