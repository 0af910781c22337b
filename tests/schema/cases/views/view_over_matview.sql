-- a view over a materialized view, both new
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW mv_totals AS SELECT customer, sum(total) AS s FROM orders GROUP BY customer;
CREATE VIEW top_customers AS SELECT customer FROM mv_totals WHERE s > 1000;
