-- REPLICA IDENTITY USING INDEX on a unique index of NOT NULL columns
-- [a]
CREATE TABLE devices (id integer, serial text NOT NULL);
-- [b]
CREATE TABLE devices (id integer, serial text NOT NULL);
CREATE UNIQUE INDEX devices_serial_key ON devices (serial);
ALTER TABLE devices REPLICA IDENTITY USING INDEX devices_serial_key;
