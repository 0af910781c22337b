-- a policy with a quoted name on a table in another schema
-- [a]
CREATE SCHEMA app;
CREATE TABLE app."Files" (id integer, "Owner" text);
ALTER TABLE app."Files" ENABLE ROW LEVEL SECURITY;
-- [b]
CREATE SCHEMA app;
CREATE TABLE app."Files" (id integer, "Owner" text);
ALTER TABLE app."Files" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Owner Only" ON app."Files" USING ("Owner" = current_user::text);
