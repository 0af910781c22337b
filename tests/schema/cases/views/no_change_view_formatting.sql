-- no change: the same view written with other whitespace, case and aliases
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE VIEW v AS SELECT id, total FROM orders WHERE total > 1;
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
create view public.v as
    select   orders.id,
             orders.TOTAL
    from public.orders
    where (orders.total > (1)::numeric);
