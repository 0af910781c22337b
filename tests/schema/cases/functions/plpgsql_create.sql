-- a PL/pgSQL function created
-- [a]
-- [b]
CREATE FUNCTION fib(n integer) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    a bigint := 0;
    b bigint := 1;
BEGIN
    FOR i IN 1..n LOOP
        SELECT b, a + b INTO a, b;
    END LOOP;
    RETURN a;
END;
$$;
