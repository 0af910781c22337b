-- comments on objects created in the same migration
-- [a]
-- [b]
CREATE TABLE products (id integer PRIMARY KEY, name text);
COMMENT ON TABLE products IS 'Products we sell';
COMMENT ON COLUMN products.name IS 'Display name';
CREATE INDEX products_name_idx ON products (name);
COMMENT ON INDEX products_name_idx IS 'name lookups';
