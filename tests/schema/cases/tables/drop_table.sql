-- one of two tables is dropped
-- [a]
CREATE TABLE keep_me (id integer PRIMARY KEY);
CREATE TABLE drop_me (id integer PRIMARY KEY, payload jsonb);
-- [b]
CREATE TABLE keep_me (id integer PRIMARY KEY);
