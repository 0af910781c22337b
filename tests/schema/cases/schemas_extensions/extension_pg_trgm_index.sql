-- extension pg_trgm and a GIN trigram index that needs its opclass
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, title text);
-- [b]
CREATE EXTENSION pg_trgm;
CREATE TABLE docs (id integer PRIMARY KEY, title text);
CREATE INDEX docs_title_trgm ON docs USING gin (title gin_trgm_ops);
