-- a column of an extension type (citext) and a view over it, all new
-- [a]
-- [b]
CREATE EXTENSION citext;
CREATE TABLE users (id integer, email citext);
CREATE VIEW user_emails AS SELECT lower(email::text) AS email FROM users;
