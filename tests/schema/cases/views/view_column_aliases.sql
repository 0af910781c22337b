-- a view with a column list: CREATE VIEW v (a, b)
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW pairs (order_id, amount) AS SELECT id, total FROM orders;
