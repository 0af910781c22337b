-- a SQL function whose $$ body reads a new table (no pg_depend: bodies are checked at CREATE)
-- [a]
-- [b]
CREATE TABLE zz_orders (id integer PRIMARY KEY, total numeric);
CREATE FUNCTION a_order_sum() RETURNS numeric LANGUAGE sql STABLE AS $$ SELECT sum(total) FROM zz_orders $$;
CREATE VIEW b_summary AS SELECT a_order_sum() AS total;
