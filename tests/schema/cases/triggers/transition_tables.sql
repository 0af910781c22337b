-- an AFTER trigger with REFERENCING NEW TABLE / OLD TABLE
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

CREATE TRIGGER items_bulk AFTER UPDATE ON items REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_stmt();
