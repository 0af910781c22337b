-- a deferrable constraint trigger
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

CREATE CONSTRAINT TRIGGER items_check AFTER INSERT OR UPDATE ON items DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION log_stmt();
