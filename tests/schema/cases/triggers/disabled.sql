-- a trigger disabled, another set to ENABLE ALWAYS, a third to ENABLE REPLICA
-- [a]
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated := now();
    RETURN NEW;
END;
$$;
CREATE FUNCTION log_stmt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'statement on %', TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE TRIGGER t_a AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION log_stmt();
CREATE TRIGGER t_b AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION log_stmt();
CREATE TRIGGER t_c AFTER DELETE ON items FOR EACH ROW EXECUTE FUNCTION log_stmt();
-- [b]
CREATE TABLE items (id integer PRIMARY KEY, name text, price numeric, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated := now();
    RETURN NEW;
END;
$$;
CREATE FUNCTION log_stmt() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'statement on %', TG_TABLE_NAME;
    RETURN NULL;
END;
$$;

CREATE TRIGGER t_a AFTER INSERT ON items FOR EACH ROW EXECUTE FUNCTION log_stmt();
CREATE TRIGGER t_b AFTER UPDATE ON items FOR EACH ROW EXECUTE FUNCTION log_stmt();
CREATE TRIGGER t_c AFTER DELETE ON items FOR EACH ROW EXECUTE FUNCTION log_stmt();
ALTER TABLE items DISABLE TRIGGER t_a;
ALTER TABLE items ENABLE ALWAYS TRIGGER t_b;
ALTER TABLE items ENABLE REPLICA TRIGGER t_c;
