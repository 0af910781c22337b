-- REPLICA IDENTITY FULL, and NOTHING on a second table
-- [a]
CREATE TABLE a_items (id integer PRIMARY KEY, v text);
CREATE TABLE b_items (id integer PRIMARY KEY, v text);
-- [b]
CREATE TABLE a_items (id integer PRIMARY KEY, v text);
ALTER TABLE a_items REPLICA IDENTITY FULL;
CREATE TABLE b_items (id integer PRIMARY KEY, v text);
ALTER TABLE b_items REPLICA IDENTITY NOTHING;
