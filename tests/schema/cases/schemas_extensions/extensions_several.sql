-- several contrib extensions added at once, one in its own schema
-- [a]
CREATE EXTENSION citext;
-- [b]
CREATE SCHEMA gist_ext;
CREATE EXTENSION citext;
CREATE EXTENSION hstore;
CREATE EXTENSION btree_gist SCHEMA gist_ext;
CREATE EXTENSION pg_trgm;
