-- a materialized view with storage parameters
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW mv AS SELECT id FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW mv WITH (fillfactor = 60) AS SELECT id FROM orders;
