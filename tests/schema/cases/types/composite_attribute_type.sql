-- the type of an attribute changes, and a collation is added
-- [a]
CREATE TYPE item AS (qty integer, label text);
-- [b]
CREATE TYPE item AS (qty bigint, label text COLLATE "C");
