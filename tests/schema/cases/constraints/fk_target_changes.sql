-- a foreign key switches to another referenced table
-- [a]
CREATE TABLE old_users (id integer PRIMARY KEY);
CREATE TABLE new_users (id integer PRIMARY KEY);
CREATE TABLE sessions (user_id integer, CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES old_users);
-- [b]
CREATE TABLE old_users (id integer PRIMARY KEY);
CREATE TABLE new_users (id integer PRIMARY KEY);
CREATE TABLE sessions (user_id integer, CONSTRAINT sessions_user_fk FOREIGN KEY (user_id) REFERENCES new_users);
