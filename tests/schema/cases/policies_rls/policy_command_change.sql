-- a policy changes from FOR SELECT to FOR DELETE (drop and create)
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_p ON docs FOR SELECT USING (public);
-- [b]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_p ON docs FOR DELETE USING (owner = current_user);
