-- no change: the same function with its attributes in another order and spelling
-- [a]
CREATE FUNCTION f(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$SELECT a + b$$;
-- [b]
create or replace function public.f(a int4, b int4) returns int4 strict immutable language SQL as 'SELECT a + b';
