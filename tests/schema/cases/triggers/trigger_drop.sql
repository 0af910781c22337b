-- one of two triggers dropped
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

CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER items_log AFTER INSERT ON items FOR EACH STATEMENT EXECUTE FUNCTION log_stmt();
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

CREATE TRIGGER items_log AFTER INSERT ON items FOR EACH STATEMENT EXECUTE FUNCTION log_stmt();
