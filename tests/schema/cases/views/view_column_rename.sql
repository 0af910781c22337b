-- a view column renamed (CREATE OR REPLACE cannot)
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW named AS SELECT id, customer FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW named AS SELECT id, customer AS client FROM orders;
