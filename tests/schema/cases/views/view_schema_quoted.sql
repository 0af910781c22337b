-- a view in another schema with quoted names
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE SCHEMA "Reports";
CREATE VIEW "Reports"."Per Customer" AS SELECT customer AS "Customer", sum(total) AS "Sum" FROM orders GROUP BY customer;
