-- indexes on a materialized view, one unique
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW by_customer AS SELECT customer, count(*) AS n FROM orders GROUP BY customer;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW by_customer AS SELECT customer, count(*) AS n FROM orders GROUP BY customer;
CREATE UNIQUE INDEX by_customer_key ON by_customer (customer);
CREATE INDEX by_customer_n ON by_customer (n DESC);
