-- a trigger moves to a new function and the old one is dropped
-- [a]
CREATE TABLE t (id integer);
CREATE FUNCTION old_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION old_fn();
-- [b]
CREATE TABLE t (id integer);
CREATE FUNCTION new_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_trg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION new_fn();
