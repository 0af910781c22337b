-- many kinds of objects dropped at once (reverse: created)
-- [a]
CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL, plan text DEFAULT 'free' NOT NULL CONSTRAINT tenants_plan_check CHECK (plan IN ('free', 'pro')));
CREATE TABLE projects (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants,
    name text NOT NULL,
    CONSTRAINT projects_tenant_name_key UNIQUE (tenant_id, name)
);
CREATE INDEX projects_tenant_idx ON projects (tenant_id);
CREATE FUNCTION app_tenant() RETURNS integer LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant', true), '')::integer $$;
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects FORCE ROW LEVEL SECURITY;
CREATE POLICY projects_isolation ON projects USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant());
CREATE POLICY projects_admin ON projects AS PERMISSIVE FOR SELECT TO retort_r2 USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON projects TO retort_r1;
GRANT SELECT ON tenants TO retort_r1;
CREATE TABLE accounts2 (id integer PRIMARY KEY, owner text NOT NULL, balance numeric(14,2) DEFAULT 0, frozen boolean DEFAULT false);
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
CREATE TRIGGER accounts_audit AFTER INSERT OR UPDATE OR DELETE ON accounts2 FOR EACH ROW EXECUTE FUNCTION audit_row();
CREATE TRIGGER accounts_frozen BEFORE UPDATE ON accounts2 FOR EACH ROW WHEN (OLD.frozen) EXECUTE FUNCTION forbid_frozen();
CREATE INDEX audit_log_at_idx ON audit_log USING brin (at);
REVOKE EXECUTE ON FUNCTION audit_row() FROM PUBLIC;
-- [b]
