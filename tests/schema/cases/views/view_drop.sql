-- one of two views dropped
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW v1 AS SELECT id FROM orders;
CREATE VIEW v2 AS SELECT customer FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW v2 AS SELECT customer FROM orders;
