-- a column appended to a view (CREATE OR REPLACE can do it)
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW summary AS SELECT id, total FROM orders;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW summary AS SELECT id, total, placed FROM orders;
