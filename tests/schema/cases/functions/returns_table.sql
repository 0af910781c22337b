-- a function RETURNS TABLE whose columns change
-- [a]
CREATE TABLE items (id integer, name text, price numeric);
CREATE FUNCTION list_items() RETURNS TABLE (id integer, name text) LANGUAGE sql AS $$ SELECT id, name FROM items $$;
-- [b]
CREATE TABLE items (id integer, name text, price numeric);
CREATE FUNCTION list_items() RETURNS TABLE (id integer, name text, price numeric) LANGUAGE sql AS $$ SELECT id, name, price FROM items $$;
