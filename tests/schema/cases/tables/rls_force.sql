-- row level security enabled, then also forced
-- [a]
CREATE TABLE notes (id integer PRIMARY KEY, owner text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
-- [b]
CREATE TABLE notes (id integer PRIMARY KEY, owner text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
