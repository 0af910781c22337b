-- WITH (security_invoker = true), new in PG 15
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW v AS SELECT id FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW v WITH (security_invoker = true) AS SELECT id FROM orders;
