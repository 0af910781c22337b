-- a policy with a subquery on another table
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
-- [b]
CREATE TABLE members (tenant integer, member name);
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_member ON docs USING (EXISTS (SELECT 1 FROM members m WHERE m.tenant = docs.tenant AND m.member = current_user));
