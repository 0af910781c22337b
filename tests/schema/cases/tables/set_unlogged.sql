-- a logged table becomes UNLOGGED
-- [a]
CREATE TABLE cache_entries (key text PRIMARY KEY, value bytea);
-- [b]
CREATE UNLOGGED TABLE cache_entries (key text PRIMARY KEY, value bytea);
