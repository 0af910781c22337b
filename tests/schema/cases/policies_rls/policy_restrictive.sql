-- a restrictive policy next to a permissive one
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_owner ON docs USING (owner = current_user);
-- [b]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_owner ON docs USING (owner = current_user);
CREATE POLICY docs_tenant ON docs AS RESTRICTIVE USING (tenant = current_setting('app.tenant')::integer);
