-- a multi-tenant schema gains row level security, policies, grants and a composite unique key
-- [a]
CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE projects (
    id integer PRIMARY KEY,
    tenant_id integer NOT NULL REFERENCES tenants,
    name text NOT NULL
);
CREATE INDEX projects_tenant_idx ON projects (tenant_id);
-- [b]
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
