-- a materialized view created
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW daily_totals AS SELECT placed, sum(total) AS total FROM orders GROUP BY placed;
