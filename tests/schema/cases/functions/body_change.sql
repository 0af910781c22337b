-- the body of a PL/pgSQL function changes
-- [a]
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN 'hello ' || who;
END;
$$;
-- [b]
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN 'hello, ' || coalesce(who, 'stranger') || '!';
END;
$$;
