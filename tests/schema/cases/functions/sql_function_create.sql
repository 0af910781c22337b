-- a SQL function created
-- [a]
-- [b]
CREATE FUNCTION add_tax(amount numeric, rate numeric DEFAULT 0.2) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT amount * (1 + rate) $$;
