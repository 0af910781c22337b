-- an INSTEAD OF trigger on a view
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

CREATE VIEW cheap_items AS SELECT id, name, price FROM items WHERE price < 10;
CREATE FUNCTION cheap_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO items (id, name, price) VALUES (NEW.id, NEW.name, NEW.price);
    RETURN NEW;
END;
$$;
CREATE TRIGGER cheap_items_insert INSTEAD OF INSERT ON cheap_items FOR EACH ROW EXECUTE FUNCTION cheap_insert();
