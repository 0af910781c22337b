-- a policy uses a column whose type changes
-- [a]
CREATE TABLE docs (id integer, tenant integer);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_t ON docs USING (tenant = 1);
-- [b]
CREATE TABLE docs (id integer, tenant bigint);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_t ON docs USING (tenant = 1);
