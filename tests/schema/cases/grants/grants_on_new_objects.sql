-- grants on objects created in the same migration
-- [a]
-- [b]
CREATE SCHEMA api;
CREATE TABLE api.items (id integer GENERATED ALWAYS AS IDENTITY, name text);
CREATE FUNCTION api.item_count() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM api.items $$;
GRANT USAGE ON SCHEMA api TO retort_r1;
GRANT SELECT, INSERT ON api.items TO retort_r1;
GRANT USAGE ON SEQUENCE api.items_id_seq TO retort_r1;
REVOKE EXECUTE ON FUNCTION api.item_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.item_count() TO retort_r1;
