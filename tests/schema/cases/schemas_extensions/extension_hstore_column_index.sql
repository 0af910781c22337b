-- hstore column with a GiST index, added to an existing table
-- [a]
CREATE EXTENSION hstore;
CREATE TABLE products (id integer PRIMARY KEY, name text);
-- [b]
CREATE EXTENSION hstore;
CREATE TABLE products (id integer PRIMARY KEY, name text, attrs hstore);
CREATE INDEX products_attrs_idx ON products USING gist (attrs);
