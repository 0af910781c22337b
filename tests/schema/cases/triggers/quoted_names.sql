-- a trigger with a quoted name on a quoted table
-- [a]
CREATE TABLE "Audit Me" ("Id" integer);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
-- [b]
CREATE TABLE "Audit Me" ("Id" integer);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER "Before Insert!" BEFORE INSERT ON "Audit Me" FOR EACH ROW EXECUTE FUNCTION noop();
