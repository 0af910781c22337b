-- the WHERE clause of a view changes, same columns
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status = 'open';
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW open_orders AS SELECT id, total FROM orders WHERE status IN ('open', 'pending');
