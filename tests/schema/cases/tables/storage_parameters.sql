-- table storage parameters added, changed and reset
-- [a]
CREATE TABLE hot (id integer PRIMARY KEY, n integer) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.2);
-- [b]
CREATE TABLE hot (id integer PRIMARY KEY, n integer) WITH (fillfactor = 70, autovacuum_enabled = false);
