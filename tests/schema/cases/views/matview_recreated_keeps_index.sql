-- a materialized view changes; its index must be recreated with it
-- [a]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW mv AS SELECT id, total FROM orders;
CREATE INDEX mv_total ON mv (total);
-- [b]
CREATE TABLE orders (id integer PRIMARY KEY, customer text, total numeric(10,2), placed date, status text);
CREATE MATERIALIZED VIEW mv AS SELECT id, total FROM orders WHERE status <> 'void';
CREATE INDEX mv_total ON mv (total);
