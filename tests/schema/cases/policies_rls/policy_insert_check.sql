-- an INSERT policy with only WITH CHECK
-- [a]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
-- [b]
CREATE TABLE docs (id integer PRIMARY KEY, owner name DEFAULT current_user, tenant integer, public boolean DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;

CREATE POLICY docs_insert ON docs FOR INSERT TO retort_r1 WITH CHECK (tenant > 0);
