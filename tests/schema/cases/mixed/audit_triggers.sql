-- an audit setup: trigger events widened, a WHEN trigger, SECURITY DEFINER, a revoke
-- [a]
CREATE TABLE accounts (id integer PRIMARY KEY, owner text, balance numeric(14,2) DEFAULT 0);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, tbl text, op text, at timestamptz DEFAULT now());
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO audit_log (tbl, op) VALUES (TG_TABLE_NAME, TG_OP);
    RETURN NULL;
END;
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit_row();
-- [b]
CREATE TABLE accounts (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(14,2) DEFAULT 0, frozen boolean DEFAULT false);
CREATE TABLE audit_log (id bigserial PRIMARY KEY, tbl text, op text, at timestamptz DEFAULT now(), who name DEFAULT current_user, old_row jsonb);
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO audit_log (tbl, op, old_row) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(OLD));
    RETURN NULL;
END;
$$;
CREATE FUNCTION forbid_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'account % is frozen', OLD.id;
END;
$$;
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER accounts_frozen BEFORE UPDATE ON accounts FOR EACH ROW WHEN (OLD.frozen) EXECUTE FUNCTION forbid_frozen();
CREATE INDEX audit_log_at_idx ON audit_log USING brin (at);
REVOKE EXECUTE ON FUNCTION audit_row() FROM PUBLIC;
