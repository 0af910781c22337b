-- a view over a view; both definitions change
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW recent AS SELECT id, total, placed FROM orders WHERE placed > '2020-01-01';
CREATE VIEW recent_big AS SELECT id, total FROM recent WHERE total > 100;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW recent AS SELECT id, total, placed, customer FROM orders WHERE placed > '2021-01-01';
CREATE VIEW recent_big AS SELECT id, total, customer FROM recent WHERE total > 500;
