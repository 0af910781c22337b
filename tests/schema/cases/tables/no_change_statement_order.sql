-- no change: two tables and an index created in another order, FK added later
-- [a]
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id));
CREATE INDEX child_parent_idx ON child (parent_id);
-- [b]
CREATE TABLE child (id integer, parent_id integer);
CREATE TABLE parent (id integer);
ALTER TABLE parent ADD PRIMARY KEY (id);
CREATE INDEX child_parent_idx ON child USING btree (parent_id);
ALTER TABLE child ADD CONSTRAINT child_pkey PRIMARY KEY (id);
ALTER TABLE child ADD CONSTRAINT child_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES parent;
