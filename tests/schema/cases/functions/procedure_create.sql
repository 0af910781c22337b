-- a procedure created
-- [a]
CREATE TABLE audit (at timestamptz, msg text);
-- [b]
CREATE TABLE audit (at timestamptz, msg text);
CREATE PROCEDURE log_msg(m text) LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit VALUES (now(), m);
END;
$$;
