-- REPLICA IDENTITY moves from a unique index to the primary key, and another table's to FULL
-- [a]
CREATE TABLE devices (id integer PRIMARY KEY, serial text NOT NULL);
CREATE UNIQUE INDEX devices_serial_key ON devices (serial);
ALTER TABLE devices REPLICA IDENTITY USING INDEX devices_serial_key;
CREATE TABLE sensors (id integer NOT NULL, tag text NOT NULL);
CREATE UNIQUE INDEX sensors_tag_key ON sensors (tag);
ALTER TABLE sensors REPLICA IDENTITY USING INDEX sensors_tag_key;
-- [b]
CREATE TABLE devices (id integer PRIMARY KEY, serial text NOT NULL);
CREATE UNIQUE INDEX devices_serial_key ON devices (serial);
ALTER TABLE devices REPLICA IDENTITY USING INDEX devices_pkey;
CREATE TABLE sensors (id integer NOT NULL, tag text NOT NULL);
CREATE UNIQUE INDEX sensors_tag_key ON sensors (tag);
ALTER TABLE sensors REPLICA IDENTITY FULL;
