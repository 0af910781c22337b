-- the roles of a policy change (PUBLIC to two roles)
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_read ON docs FOR SELECT USING (public);
-- [b]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_read ON docs FOR SELECT TO retort_r1, retort_r2 USING (public);
