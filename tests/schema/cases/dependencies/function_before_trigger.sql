-- a new trigger function and a trigger on a new table (function first)
-- [a]
CREATE TABLE other (id integer);
-- [b]
CREATE TABLE other (id integer);
CREATE FUNCTION z_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.changed := now(); RETURN NEW; END $$;
CREATE TABLE a_rows (id integer, changed timestamptz);
CREATE TRIGGER a_rows_stamp BEFORE UPDATE ON a_rows FOR EACH ROW EXECUTE FUNCTION z_stamp();
