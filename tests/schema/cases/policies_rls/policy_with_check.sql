-- a WITH CHECK expression added to an UPDATE policy
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_update ON docs FOR UPDATE USING (owner = current_user);
-- [b]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_update ON docs FOR UPDATE USING (owner = current_user) WITH CHECK (owner = current_user AND tenant IS NOT NULL);
