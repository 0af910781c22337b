-- row level security enabled, forced and given a policy in one step
-- [a]
CREATE TABLE secrets (id integer, holder name);
-- [b]
CREATE TABLE secrets (id integer, holder name);
ALTER TABLE secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY secrets_holder ON secrets TO retort_r1 USING (holder = current_user) WITH CHECK (holder = current_user);
