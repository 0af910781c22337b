-- a column referenced by a trigger WHEN clause is dropped with the trigger
-- [a]
CREATE TABLE t (id integer, flag boolean);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_flag BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.flag) EXECUTE FUNCTION f();
-- [b]
CREATE TABLE t (id integer);
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
