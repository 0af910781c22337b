-- a new trigger function and its trigger created together on a new table
-- [a]
-- [b]
CREATE TABLE audit_log (id bigint GENERATED ALWAYS AS IDENTITY, tbl text, op text, at timestamptz DEFAULT now());
CREATE TABLE accounts (id integer PRIMARY KEY, balance numeric);
CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit();
