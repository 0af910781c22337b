-- a new empty schema
-- [a]
-- [b]
CREATE SCHEMA app;
