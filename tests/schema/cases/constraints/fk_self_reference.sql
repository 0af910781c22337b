-- a self-referencing foreign key (a tree)
-- [a]
CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer);
-- [b]
CREATE TABLE nodes (id integer PRIMARY KEY, parent_id integer REFERENCES nodes (id) ON DELETE CASCADE);
