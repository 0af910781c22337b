-- a PL/pgSQL function declaring a %ROWTYPE variable of a new table
-- [a]
CREATE TABLE other (id integer);
-- [b]
CREATE TABLE other (id integer);
CREATE TABLE zz_events (id integer PRIMARY KEY, kind text);
CREATE FUNCTION a_first_event() RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r zz_events%ROWTYPE;
BEGIN
    SELECT * INTO r FROM zz_events ORDER BY id LIMIT 1;
    RETURN r.kind;
END;
$$;
