-- policies dropped and row level security disabled
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_owner ON docs USING (owner = current_user);
CREATE POLICY docs_read ON docs FOR SELECT TO retort_r2 USING (public);
-- [b]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
