-- a view becomes a materialized view of the same name
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW stats AS SELECT count(*) AS n FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW stats AS SELECT count(*) AS n FROM orders;
