-- every column of a table is dropped; the table stays
-- [a]
CREATE TABLE shrinking (id integer, label text);
-- [b]
CREATE TABLE shrinking ();
