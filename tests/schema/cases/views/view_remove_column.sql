-- a column removed from a view (needs drop and create)
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW summary AS SELECT id, customer, total FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW summary AS SELECT id, total FROM orders;
