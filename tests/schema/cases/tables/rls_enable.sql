-- row level security enabled on a table
-- [a]
CREATE TABLE notes (id integer PRIMARY KEY, owner text, body text);
-- [b]
CREATE TABLE notes (id integer PRIMARY KEY, owner text, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
