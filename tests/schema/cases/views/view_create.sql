-- a simple view created
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW big_orders AS SELECT id, customer, total FROM orders WHERE total > 100;
