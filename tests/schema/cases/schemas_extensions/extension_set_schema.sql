-- a relocatable extension (hstore) moves from public to its own schema
-- [a]
CREATE SCHEMA ext;
CREATE EXTENSION hstore;
-- [b]
CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
