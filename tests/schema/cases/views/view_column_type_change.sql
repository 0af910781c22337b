-- a view column changes type (needs drop and create)
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW totals AS SELECT id, total FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW totals AS SELECT id, total::integer AS total FROM orders;
