-- a new UNLOGGED table next to a logged one
-- [a]
CREATE TABLE events (id bigint PRIMARY KEY);
-- [b]
CREATE TABLE events (id bigint PRIMARY KEY);
CREATE UNLOGGED TABLE events_staging (id bigint, raw text);
